package io.saola.crm.sales.partner.domain;

import java.util.List;

import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.contactdata.domain.SearchText;
import io.saola.crm.sales.record.domain.FieldDifferences;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/**
 * A partner, shared by the whole workspace; {@code ownership} is who added it. Versions count changes from 0;
 * a deleted partner keeps its data and can be restored.
 */
public record Partner(String id, PartnerDetails details, Ownership ownership, Stamps stamps, long version) {

    public static Partner create(String id, PartnerDetails details, Origin origin) {
        return new Partner(id, details, new Ownership(origin.userId(), null), Stamps.created(origin), 0);
    }

    public boolean isDeleted() {
        return stamps.isDeleted();
    }

    /** The revised partner, or this one when nothing changed. */
    public Partner revise(PartnerDetails newDetails, Origin origin) {
        if (FieldDifferences.between(details.fields(), newDetails.fields()).isEmpty()) {
            return this;
        }
        return new Partner(id, newDetails, ownership, stamps.updated(origin), version + 1);
    }

    public Partner delete(Origin origin) {
        return new Partner(id, details, ownership, stamps.deleted(origin), version + 1);
    }

    public Partner restore(Origin origin) {
        return new Partner(id, details, ownership, stamps.restored(origin), version + 1);
    }

    /** The name as duplicates are compared: "Công ty Ánh Dương" and "cong ty anh duong" are one partner. */
    public String nameKey() {
        return SearchText.normalise(details.name());
    }

    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.name()).email(details.email()).phone(details.phone()).build();
    }
}
