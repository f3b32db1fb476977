package io.saola.crm.identity.workspace.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.mongo.SharedAcrossWorkspaces;

@Document("workspaces")
@SharedAcrossWorkspaces(reason = "the registry of workspaces: the gateway looks a host up here before any workspace is known")
record WorkspaceDocument(@Id String slug, String name, String status, String locale, String timeZone,
                         String currency, String ownerEmail, Instant createdAt, @Version Long version) {
}
