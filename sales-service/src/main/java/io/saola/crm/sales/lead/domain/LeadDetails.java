package io.saola.crm.sales.lead.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.saola.crm.sales.contactdata.domain.EmailAddresses;
import io.saola.crm.sales.contactdata.domain.PhoneNumbers;
import io.saola.crm.sales.record.domain.Address;
import io.saola.crm.sales.record.domain.Text;

/**
 * What a user edits on a lead. Text is trimmed, phones stored in E.164 and e-mail in lower case so that search
 * and duplicate detection compare like with like. A B2B lead needs its company.
 */
public record LeadDetails(LeadKind kind, String personName, String company, String title, String email,
                          String mobile, String phone, Address address, LeadSource source, String campaignId,
                          LeadRating rating, String productOfInterestId, String description) {

    public LeadDetails {
        if (kind == null) {
            throw new IllegalArgumentException("A lead needs a kind");
        }
        if (personName == null || personName.isBlank()) {
            throw new IllegalArgumentException("A lead needs a person's name");
        }
        personName = personName.strip();
        company = Text.trim(company);
        if (kind == LeadKind.B2B && company == null) {
            throw new IllegalArgumentException("A B2B lead needs a company");
        }
        title = Text.trim(title);
        email = EmailAddresses.normalise(email);
        mobile = PhoneNumbers.require("mobile", mobile);
        phone = PhoneNumbers.require("phone", phone);
        address = address == null || address.isEmpty() ? null : address;
        campaignId = Text.trim(campaignId);
        productOfInterestId = Text.trim(productOfInterestId);
        description = Text.trim(description);
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("personName", personName);
        fields.put("company", company);
        fields.put("title", title);
        fields.put("email", email);
        fields.put("mobile", mobile);
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("source", source);
        fields.put("campaignId", campaignId);
        fields.put("rating", rating);
        fields.put("productOfInterestId", productOfInterestId);
        fields.put("description", description);
        return fields;
    }
}
