package io.saola.crm.customer.account.domain;

import java.util.List;
import java.util.Optional;

import io.saola.crm.customer.record.domain.Changed;

/** The stored accounts of the current workspace. */
public interface Accounts {

    Optional<Account> find(String id);

    /** Stores a change together with its events, refusing it when the stored version moved on meanwhile. */
    void store(Changed<Account> change);

    /** Live accounts whose primary contact is {@code contactId}. */
    List<Account> withPrimaryContact(String contactId);

    /** A live account with the same normalised e-mail or any of the same phone numbers, if one exists. */
    Optional<Account> findDuplicate(String email, List<String> phones, String exceptId);
}
