package io.saola.crm.customer.activity.domain;

import io.saola.crm.customer.api.RecordReference;

/** The record an activity is about. */
public record RelatedRecord(RelatedType type, String id) {

    public RelatedRecord {
        if (type == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("An activity is about a record of a known type and id");
        }
        id = id.strip();
    }

    public RecordReference reference() {
        return new RecordReference(type.name(), id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
