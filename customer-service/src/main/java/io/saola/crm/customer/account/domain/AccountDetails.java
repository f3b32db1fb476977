package io.saola.crm.customer.account.domain;

import io.saola.crm.customer.record.domain.FieldValues;
import io.saola.crm.customer.search.domain.EmailAddresses;
import io.saola.crm.customer.search.domain.PhoneNumbers;

/**
 * What a user edits on an account. Text is trimmed, phone numbers stored in E.164 and e-mail in lower case,
 * so that search and duplicate detection compare like with like; an invalid phone number is refused.
 */
public record AccountDetails(AccountType type, String name, AccountStatus status, String industry, String taxCode,
                             String phone, String mobile, String email, String website, Address address,
                             String primaryContactId, String description) {

    public AccountDetails {
        if (type == null) {
            throw new IllegalArgumentException("An account needs a type");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An account needs a name");
        }
        name = name.strip();
        status = status == null ? AccountStatus.NEW : status;
        industry = trim(industry);
        taxCode = trim(taxCode);
        phone = PhoneNumbers.require("phone", phone);
        mobile = PhoneNumbers.require("mobile", mobile);
        email = EmailAddresses.normalise(email);
        website = trim(website);
        address = address == null || address.isEmpty() ? null : address;
        primaryContactId = trim(primaryContactId);
        description = trim(description);
    }

    public AccountDetails withPrimaryContact(String contactId) {
        return new AccountDetails(type, name, status, industry, taxCode, phone, mobile, email, website, address,
                contactId, description);
    }

    FieldValues fieldValues() {
        return new FieldValues().put("type", type).put("name", name).put("status", status).put("industry", industry)
                .put("taxCode", taxCode).put("phone", phone).put("mobile", mobile).put("email", email)
                .put("website", website).put("address", address == null ? null : address.oneLine())
                .put("primaryContactId", primaryContactId).put("description", description);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
