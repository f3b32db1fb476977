package io.saola.crm.customer.contact.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.saola.crm.customer.api.ContactCreated;
import io.saola.crm.customer.api.ContactData;
import io.saola.crm.customer.api.ContactDeleted;
import io.saola.crm.customer.api.ContactRestored;
import io.saola.crm.customer.api.ContactUpdated;
import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.FieldChange;
import io.saola.crm.customer.record.domain.FieldValues;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.customer.search.domain.SearchKeys;
import io.saola.crm.platform.events.DomainEvent;

/**
 * A contact. {@code company} is the name of its account when it was last saved, kept so the contact is found
 * by its company; {@code version} counts changes from 0. Changes return the new state, events and field changes.
 */
public record Contact(String id, ContactDetails details, String company, Ownership ownership, String sourceLeadId,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt,
                      String deletedBy, long version) {

    public static Changed<Contact> create(String id, ContactDetails details, String company, Ownership ownership,
                                          String sourceLeadId, Origin origin) {
        Contact contact = new Contact(id, details, company, ownership, sourceLeadId, origin.at(), origin.userId(),
                origin.at(), origin.userId(), null, null, 0);
        DomainEvent created = new ContactCreated(UUID.randomUUID(), origin.workspace(), id, 0, origin.at(),
                origin.userId(), contact.data());
        return new Changed<>(contact, ChangeKind.CREATED, List.of(created),
                FieldValues.initial(contact.fieldValues()));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Changed<Contact> revise(ContactDetails newDetails, String newCompany, Ownership newOwnership,
                                   Origin origin) {
        requireNotDeleted();
        Contact revised = new Contact(id, newDetails, newCompany, newOwnership, sourceLeadId, createdAt, createdBy,
                origin.at(), origin.userId(), null, null, version + 1);
        List<FieldChange> changes = FieldValues.differences(fieldValues(), revised.fieldValues());
        if (changes.isEmpty()) {
            return new Changed<>(this, ChangeKind.UPDATED, List.of(), List.of());
        }
        DomainEvent updated = new ContactUpdated(UUID.randomUUID(), origin.workspace(), id, revised.version,
                origin.at(), origin.userId(), changes.stream().map(FieldChange::field).toList(), revised.data());
        return new Changed<>(revised, ChangeKind.UPDATED, List.of(updated), changes);
    }

    public Changed<Contact> delete(Origin origin) {
        requireNotDeleted();
        Contact deleted = new Contact(id, details, company, ownership, sourceLeadId, createdAt, createdBy, origin.at(),
                origin.userId(), origin.at(), origin.userId(), version + 1);
        DomainEvent event = new ContactDeleted(UUID.randomUUID(), origin.workspace(), id, deleted.version,
                origin.at(), origin.userId());
        return new Changed<>(deleted, ChangeKind.DELETED, List.of(event), List.of());
    }

    public Changed<Contact> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Contact " + id + " is not deleted");
        }
        Contact restored = new Contact(id, details, company, ownership, sourceLeadId, createdAt, createdBy, origin.at(),
                origin.userId(), null, null, version + 1);
        DomainEvent event = new ContactRestored(UUID.randomUUID(), origin.workspace(), id, restored.version,
                origin.at(), origin.userId(), restored.data());
        return new Changed<>(restored, ChangeKind.RESTORED, List.of(event), List.of());
    }

    /**
     * Its account was renamed: the company it is found by follows. Empty when it already carries that name.
     * Applies to deleted contacts too, so that a restored contact is found by its account's current name.
     */
    public Optional<Changed<Contact>> companyRenamed(String newCompany, Origin origin) {
        if (Objects.equals(company, newCompany)) {
            return Optional.empty();
        }
        Contact renamed = new Contact(id, details, newCompany, ownership, sourceLeadId, createdAt, createdBy,
                origin.at(), origin.userId(), deletedAt, deletedBy, version + 1);
        DomainEvent updated = new ContactUpdated(UUID.randomUUID(), origin.workspace(), id, renamed.version,
                origin.at(), origin.userId(), List.of("company"), renamed.data());
        return Optional.of(new Changed<>(renamed, ChangeKind.UPDATED, List.of(updated),
                List.of(new FieldChange("company", company, newCompany))));
    }

    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.name()).name(company).email(details.email())
                .phone(details.mobile()).phone(details.phone()).build();
    }

    public ContactData data() {
        return new ContactData(details.name(), details.title(), details.email(), details.mobile(), details.phone(),
                details.accountId(), details.primary(), ownership.ownerId(), ownership.teamId(), sourceLeadId);
    }

    private FieldValues fieldValues() {
        return details.fieldValues().put("ownerId", ownership.ownerId()).put("teamId", ownership.teamId());
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new IllegalStateException("Contact " + id + " is deleted");
        }
    }
}
