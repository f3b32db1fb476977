package io.saola.crm.identity.apiclient;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.member.RoleNames;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * API clients of the current workspace for partner systems (OAuth2 client credentials). Created in the identity
 * provider first; the record is written only once the client exists, and its secret is handed to the admin once.
 * Their tokens name this workspace only, so they work on its address and nowhere else, with the roles chosen.
 */
@Service
public class ApiClients {

    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoOperations mongo;
    private final IdentityDirectory directory;
    private final Access access;
    private final Clock clock;

    ApiClients(MongoOperations mongo, IdentityDirectory directory, Access access, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    public Created create(WorkspaceMember caller, String name, List<String> roleNames) {
        access.require(caller, RecordType.API_CLIENT, Action.CREATE);
        Set<Role> roles = RoleNames.parse("roles", roleNames);
        WorkspaceId workspace = WorkspaceContext.require("API clients");
        String clientId = "api-" + workspace.slug() + "-" + randomSuffix();
        String secret = directory.createApiClient(workspace, clientId, name.strip(), roles);
        ApiClientDocument client = mongo.insert(new ApiClientDocument(clientId, clientId, name.strip(),
                RoleNames.names(roles), ApiClientDocument.ACTIVE, caller.userId(), clock.instant(), null, null));
        return new Created(View.of(client), secret);
    }

    public List<View> list(WorkspaceMember caller) {
        access.require(caller, RecordType.API_CLIENT, Action.READ);
        return mongo.find(new Query().with(Sort.by("createdAt")), ApiClientDocument.class).stream().map(View::of)
                .toList();
    }

    /** Revokes the client: the identity provider deletes it, so it cannot get new tokens. Repeating is harmless. */
    public View revoke(WorkspaceMember caller, String id) {
        access.require(caller, RecordType.API_CLIENT, Action.DELETE);
        ApiClientDocument client = mongo.findOne(Query.query(where("_id").is(id)), ApiClientDocument.class);
        if (client == null) {
            throw new RecordNotFoundException("API client", id);
        }
        directory.deleteApiClient(client.clientId());
        if (ApiClientDocument.REVOKED.equals(client.status())) {
            return View.of(client);
        }
        Instant now = clock.instant();
        return View.of(mongo.save(new ApiClientDocument(client.id(), client.clientId(), client.name(), client.roles(),
                ApiClientDocument.REVOKED, client.createdBy(), client.createdAt(), now, client.version())));
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            suffix.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return suffix.toString();
    }

    public record View(String id, String clientId, String name, List<String> roles, String status, Instant createdAt,
                       Instant revokedAt) {

        static View of(ApiClientDocument client) {
            return new View(client.id(), client.clientId(), client.name(), client.roles(), client.status(),
                    client.createdAt(), client.revokedAt());
        }
    }

    /** Returned once: {@code clientSecret} is not stored by the product and cannot be shown again. */
    public record Created(View client, String clientSecret) {
    }
}
