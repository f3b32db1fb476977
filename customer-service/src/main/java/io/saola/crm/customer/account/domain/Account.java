package io.saola.crm.customer.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.customer.api.AccountCreated;
import io.saola.crm.customer.api.AccountData;
import io.saola.crm.customer.api.AccountDeleted;
import io.saola.crm.customer.api.AccountRestored;
import io.saola.crm.customer.api.AccountUpdated;
import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.FieldChange;
import io.saola.crm.customer.record.domain.FieldValues;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.customer.search.domain.SearchKeys;
import io.saola.crm.platform.events.DomainEvent;

/**
 * An account. Every change returns a new state with the events it raises and the field changes for its
 * history; {@code version} counts changes from 0 at creation. A deleted account keeps its data (soft delete)
 * and refuses edits until restored.
 */
public record Account(String id, AccountDetails details, Ownership ownership, String sourceLeadId,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                      Instant deletedAt, String deletedBy, long version) {

    public static Changed<Account> create(String id, AccountDetails details, Ownership ownership,
                                          String sourceLeadId, Origin origin) {
        Account account = new Account(id, details, ownership, sourceLeadId, origin.at(), origin.userId(),
                origin.at(), origin.userId(), null, null, 0);
        DomainEvent created = new AccountCreated(UUID.randomUUID(), origin.workspace(), id, 0, origin.at(),
                origin.userId(), account.data());
        return new Changed<>(account, ChangeKind.CREATED, List.of(created),
                FieldValues.initial(account.fieldValues()));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** New details and ownership; no events and no new version when nothing changed. */
    public Changed<Account> revise(AccountDetails newDetails, Ownership newOwnership, Origin origin) {
        requireNotDeleted();
        Account revised = new Account(id, newDetails, newOwnership, sourceLeadId, createdAt, createdBy,
                origin.at(), origin.userId(), null, null, version + 1);
        List<FieldChange> changes = FieldValues.differences(fieldValues(), revised.fieldValues());
        if (changes.isEmpty()) {
            return new Changed<>(this, ChangeKind.UPDATED, List.of(), List.of());
        }
        DomainEvent updated = new AccountUpdated(UUID.randomUUID(), origin.workspace(), id, revised.version,
                origin.at(), origin.userId(), changes.stream().map(FieldChange::field).toList(), revised.data());
        return new Changed<>(revised, ChangeKind.UPDATED, List.of(updated), changes);
    }

    public Changed<Account> delete(Origin origin) {
        requireNotDeleted();
        Account deleted = new Account(id, details, ownership, sourceLeadId, createdAt, createdBy, origin.at(),
                origin.userId(), origin.at(), origin.userId(), version + 1);
        DomainEvent event = new AccountDeleted(UUID.randomUUID(), origin.workspace(), id, deleted.version,
                origin.at(), origin.userId());
        return new Changed<>(deleted, ChangeKind.DELETED, List.of(event), List.of());
    }

    public Changed<Account> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Account " + id + " is not deleted");
        }
        Account restored = new Account(id, details, ownership, sourceLeadId, createdAt, createdBy, origin.at(),
                origin.userId(), null, null, version + 1);
        DomainEvent event = new AccountRestored(UUID.randomUUID(), origin.workspace(), id, restored.version,
                origin.at(), origin.userId(), restored.data());
        return new Changed<>(restored, ChangeKind.RESTORED, List.of(event), List.of());
    }

    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.name()).email(details.email()).phone(details.phone())
                .phone(details.mobile()).code(details.taxCode()).build();
    }

    public AccountData data() {
        return new AccountData(details.type().name(), details.name(), details.status().name(), details.industry(),
                details.taxCode(), details.phone(), details.mobile(), details.email(), details.website(),
                ownership.ownerId(), ownership.teamId(), details.primaryContactId(), sourceLeadId);
    }

    private FieldValues fieldValues() {
        return details.fieldValues().put("ownerId", ownership.ownerId()).put("teamId", ownership.teamId());
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new IllegalStateException("Account " + id + " is deleted");
        }
    }
}
