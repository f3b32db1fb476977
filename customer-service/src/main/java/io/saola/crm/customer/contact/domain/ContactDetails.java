package io.saola.crm.customer.contact.domain;

import io.saola.crm.customer.record.domain.FieldValues;
import io.saola.crm.customer.search.domain.EmailAddresses;
import io.saola.crm.customer.search.domain.PhoneNumbers;

/** What a user edits on a contact; normalised like an account's contact data. */
public record ContactDetails(String name, String title, String email, String mobile, String phone, String accountId,
                             boolean primary, String description) {

    public ContactDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A contact needs a name");
        }
        name = name.strip();
        title = trim(title);
        email = EmailAddresses.normalise(email);
        mobile = PhoneNumbers.require("mobile", mobile);
        phone = PhoneNumbers.require("phone", phone);
        accountId = trim(accountId);
        primary = primary && accountId != null;
        description = trim(description);
    }

    public ContactDetails withPrimary(boolean isPrimary) {
        return new ContactDetails(name, title, email, mobile, phone, accountId, isPrimary, description);
    }

    FieldValues fieldValues() {
        return new FieldValues().put("name", name).put("title", title).put("email", email).put("mobile", mobile)
                .put("phone", phone).put("accountId", accountId).put("primary", primary)
                .put("description", description);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
