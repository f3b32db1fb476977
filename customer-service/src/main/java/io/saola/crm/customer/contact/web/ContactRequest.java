package io.saola.crm.customer.contact.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.search.validation.PhoneNumber;

/**
 * A contact as a client creates or replaces it; {@code version} is the alternative to If-Match on updates.
 * {@code sourceLeadId} is taken on creation only, as for accounts.
 */
record ContactRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String title,
                      @Email @Size(max = 254) String email, @PhoneNumber String mobile, @PhoneNumber String phone,
                      @Size(max = 64) String accountId, Boolean primary, @Size(max = 4000) String description,
                      @Size(max = 64) String ownerId, @Size(max = 64) String teamId,
                      @Size(max = 64) String sourceLeadId, Long version) {

    ContactDetails details() {
        return new ContactDetails(name, title, email, mobile, phone, accountId, Boolean.TRUE.equals(primary),
                description);
    }
}
