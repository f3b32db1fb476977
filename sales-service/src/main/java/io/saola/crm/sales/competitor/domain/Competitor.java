package io.saola.crm.sales.competitor.domain;

import java.util.List;

import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.contactdata.domain.SearchText;
import io.saola.crm.sales.record.domain.FieldDifferences;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/**
 * A competitor, shared by the whole workspace; {@code ownership} is who added it. Versions count changes from 0;
 * a deleted competitor keeps its data, stays readable on the opportunities that name it, and can be restored.
 */
public record Competitor(String id, CompetitorDetails details, Ownership ownership, Stamps stamps, long version) {

    public static Competitor create(String id, CompetitorDetails details, Origin origin) {
        return new Competitor(id, details, new Ownership(origin.userId(), null), Stamps.created(origin), 0);
    }

    public boolean isDeleted() {
        return stamps.isDeleted();
    }

    /** The revised competitor, or this one when nothing changed. */
    public Competitor revise(CompetitorDetails newDetails, Origin origin) {
        if (FieldDifferences.between(details.fields(), newDetails.fields()).isEmpty()) {
            return this;
        }
        return new Competitor(id, newDetails, ownership, stamps.updated(origin), version + 1);
    }

    public Competitor delete(Origin origin) {
        return new Competitor(id, details, ownership, stamps.deleted(origin), version + 1);
    }

    public Competitor restore(Origin origin) {
        return new Competitor(id, details, ownership, stamps.restored(origin), version + 1);
    }

    /** The name as duplicates are compared: "Công ty Ánh Dương" and "cong ty anh duong" are one competitor. */
    public String nameKey() {
        return SearchText.normalise(details.name());
    }

    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.name()).build();
    }
}
