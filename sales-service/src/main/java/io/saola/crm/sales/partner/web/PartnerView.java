package io.saola.crm.sales.partner.web;

import java.time.Instant;

import io.saola.crm.sales.partner.domain.Partner;
import io.saola.crm.sales.partner.domain.PartnerDetails;
import io.saola.crm.sales.record.domain.Stamps;

/** A partner as clients read it, with the Vietnamese label of its kind. */
record PartnerView(String id, String name, String kind, String kindLabel, String email, String phone,
                   String website, String description, String ownerId, Instant createdAt, String createdBy,
                   Instant updatedAt, String updatedBy, Instant deletedAt, String deletedBy, long version) {

    static PartnerView of(Partner partner) {
        PartnerDetails d = partner.details();
        Stamps s = partner.stamps();
        return new PartnerView(partner.id(), d.name(), d.kind().name(), d.kind().label(), d.email(), d.phone(),
                d.website(), d.description(), partner.ownership().ownerId(), s.createdAt(), s.createdBy(),
                s.updatedAt(), s.updatedBy(), s.deletedAt(), s.deletedBy(), partner.version());
    }
}
