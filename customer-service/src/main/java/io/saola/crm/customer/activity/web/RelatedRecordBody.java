package io.saola.crm.customer.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;

/** A record reference in requests and responses: {@code {"type": "LEAD", "id": "..."}}. */
record RelatedRecordBody(@NotNull RelatedType type, @NotBlank @Size(max = 64) String id) {

    RelatedRecord toDomain() {
        return new RelatedRecord(type, id);
    }

    static RelatedRecordBody of(RelatedRecord record) {
        return new RelatedRecordBody(record.type(), record.id());
    }
}
