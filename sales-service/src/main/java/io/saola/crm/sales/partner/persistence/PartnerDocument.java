package io.saola.crm.sales.partner.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner as stored, with its normalised name for duplicate checks and its search keys. */
@Document(PartnerDocument.COLLECTION)
@CompoundIndex(name = "name_key", def = "{'tenantId': 1, 'nameKey': 1}")
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
@CompoundIndex(name = "name", def = "{'tenantId': 1, 'name': 1, '_id': 1}")
record PartnerDocument(@Id String id, String name, String kind, String email, String phone, String website,
                          String description, String ownerId, String teamId, Instant createdAt, String createdBy,
                          Instant updatedAt, String updatedBy, Instant deletedAt, String deletedBy, String nameKey,
                          List<String> searchKeys, @Version Long version) {

    static final String COLLECTION = "partners";
}
