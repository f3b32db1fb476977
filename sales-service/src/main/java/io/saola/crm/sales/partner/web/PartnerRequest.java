package io.saola.crm.sales.partner.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.contactdata.validation.PhoneNumber;
import io.saola.crm.sales.partner.domain.PartnerDetails;
import io.saola.crm.sales.partner.domain.PartnerKind;

/** A partner as a client creates or replaces it; {@code version} is the alternative to If-Match. */
record PartnerRequest(@NotBlank @Size(max = 200) String name, PartnerKind kind,
                      @Email @Size(max = 254) String email, @PhoneNumber String phone,
                      @Size(max = 300) String website, @Size(max = 4000) String description, Long version) {

    PartnerDetails details() {
        return new PartnerDetails(name, kind, email, phone, website, description);
    }
}
