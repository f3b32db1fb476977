package io.saola.crm.customer.contact.domain;

import java.util.List;
import java.util.Optional;

import io.saola.crm.customer.record.domain.Changed;

/** The stored contacts of the current workspace. */
public interface Contacts {

    Optional<Contact> find(String id);

    /** Stores a change together with its events, refusing it when the stored version moved on meanwhile. */
    void store(Changed<Contact> change);

    /** A live contact with the same normalised e-mail or any of the same phone numbers, if one exists. */
    Optional<Contact> findDuplicate(String email, List<String> phones, String exceptId);

    /** Up to {@code limit} contacts of an account (deleted ones included) with ids after {@code afterId}. */
    List<Contact> ofAccount(String accountId, String afterId, int limit);

    /** The live contacts of an account marked primary. */
    List<Contact> primaryOf(String accountId);
}
