package io.saola.crm.sales.lead.domain;

import java.util.List;
import java.util.Optional;

import io.saola.crm.sales.record.domain.Changed;

/** The stored leads of the current workspace. */
public interface Leads {

    Optional<Lead> find(String id);

    /** Stores a change with its events in one write, refusing it when the stored version moved on meanwhile. */
    void store(Changed<Lead> change);

    /** A live lead other than {@code exceptId} with the same normalised e-mail or one of the same phones. */
    Optional<Lead> findDuplicate(String email, List<String> phones, String exceptId);
}
