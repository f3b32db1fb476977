package io.saola.crm.sales.opportunity.domain;

import java.util.Optional;

import io.saola.crm.sales.record.domain.Changed;

/** The stored opportunities of the current workspace. */
public interface Opportunities {

    Optional<Opportunity> find(String id);

    /** Stores a change with its events in one write, refusing it when the stored version moved on meanwhile. */
    void store(Changed<Opportunity> change);
}
