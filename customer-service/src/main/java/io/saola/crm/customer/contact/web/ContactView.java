package io.saola.crm.customer.contact.web;

import java.time.Instant;

import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.ContactDetails;

/** A contact as clients read it; {@code company} is the name of its account. */
record ContactView(String id, String name, String title, String email, String mobile, String phone,
                   String accountId, String company, boolean primary, String description, String ownerId,
                   String teamId, String sourceLeadId, Instant createdAt, String createdBy, Instant updatedAt,
                   String updatedBy, Instant deletedAt, String deletedBy, long version) {

    static ContactView of(Contact contact) {
        ContactDetails d = contact.details();
        return new ContactView(contact.id(), d.name(), d.title(), d.email(), d.mobile(), d.phone(), d.accountId(),
                contact.company(), d.primary(), d.description(), contact.ownership().ownerId(),
                contact.ownership().teamId(), contact.sourceLeadId(), contact.createdAt(), contact.createdBy(),
                contact.updatedAt(), contact.updatedBy(), contact.deletedAt(), contact.deletedBy(), contact.version());
    }
}
