package io.saola.crm.platform.list.saved;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A saved filter as stored; workspace-scoped like every collection. */
@Document(SavedFilterDocument.COLLECTION)
@CompoundIndex(name = "list_owner", def = "{'tenantId': 1, 'list': 1, 'ownerId': 1, 'name': 1}")
@CompoundIndex(name = "list_shared", def = "{'tenantId': 1, 'list': 1, 'shared': 1, 'name': 1}")
record SavedFilterDocument(@Id String id, String list, String name, String ownerId, boolean shared, String filter,
                           String sort, String q, Map<String, String> options, Instant createdAt, Instant updatedAt,
                           @Version Long version) {

    static final String COLLECTION = "saved_filters";

    SavedFilter toFilter() {
        return new SavedFilter(id, list, name, ownerId, shared, filter, sort, q, options, createdAt, updatedAt,
                version == null ? 0 : version);
    }
}
