package io.saola.crm.identity.apiclient;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner system's client-credentials client, bound to the workspace. The secret is never stored here. */
@Document(ApiClientDocument.COLLECTION)
@CompoundIndex(name = "api_client_status", def = "{'tenantId': 1, 'status': 1}")
record ApiClientDocument(@Id String id, String clientId, String name, List<String> roles, String status,
                         String createdBy, Instant createdAt, Instant revokedAt, @Version Long version) {

    static final String COLLECTION = "api_clients";
    static final String ACTIVE = "ACTIVE";
    static final String REVOKED = "REVOKED";
}
