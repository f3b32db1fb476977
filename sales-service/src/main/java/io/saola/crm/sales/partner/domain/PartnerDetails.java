package io.saola.crm.sales.partner.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.saola.crm.sales.contactdata.domain.EmailAddresses;
import io.saola.crm.sales.contactdata.domain.PhoneNumbers;
import io.saola.crm.sales.record.domain.Text;

/** What a user edits on a partner; the name is required, phone in E.164 and e-mail in lower case. */
public record PartnerDetails(String name, PartnerKind kind, String email, String phone, String website,
                             String description) {

    public PartnerDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A partner needs a name");
        }
        name = name.strip();
        kind = kind == null ? PartnerKind.OTHER : kind;
        email = EmailAddresses.normalise(email);
        phone = PhoneNumbers.require("phone", phone);
        website = Text.trim(website);
        description = Text.trim(description);
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("website", website);
        fields.put("description", description);
        return fields;
    }
}
