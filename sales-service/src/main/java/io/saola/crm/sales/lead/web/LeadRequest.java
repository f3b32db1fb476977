package io.saola.crm.sales.lead.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.contactdata.validation.PhoneNumber;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadRating;
import io.saola.crm.sales.lead.domain.LeadSource;
import io.saola.crm.sales.record.web.AddressBody;

/** A lead as a client creates or replaces it; {@code version} is the alternative to If-Match on updates. */
record LeadRequest(@NotNull LeadKind kind, @NotBlank @Size(max = 200) String personName,
                   @Size(max = 200) String company, @Size(max = 100) String title,
                   @Email @Size(max = 254) String email, @PhoneNumber String mobile, @PhoneNumber String phone,
                   @Valid AddressBody address, LeadSource source, @Size(max = 64) String campaignId,
                   LeadRating rating, @Size(max = 64) String productOfInterestId,
                   @Size(max = 4000) String description, @Size(max = 64) String ownerId,
                   @Size(max = 64) String teamId, Long version) {

    /** Reported under {@code company} with the other field errors: a B2B lead is a company. */
    @AssertTrue(message = "is required for a B2B lead")
    boolean isCompany() {
        return kind != LeadKind.B2B || (company != null && !company.isBlank());
    }

    LeadDetails details() {
        return new LeadDetails(kind, personName, company, title, email, mobile, phone,
                address == null ? null : address.toAddress(), source, campaignId, rating, productOfInterestId,
                description);
    }
}
