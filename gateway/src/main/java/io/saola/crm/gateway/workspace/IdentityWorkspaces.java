package io.saola.crm.gateway.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

import io.saola.crm.platform.tenancy.WorkspaceId;

/** identity-service's internal workspace lookup: {@code GET /internal/workspaces/{slug}} → 200 or 404. */
class IdentityWorkspaces {

    private static final Logger log = LoggerFactory.getLogger(IdentityWorkspaces.class);

    private final RestClient identity;

    IdentityWorkspaces(RestClient identity) {
        this.identity = identity;
    }

    /** Throws {@link IdentityUnavailableException} when identity-service cannot answer. */
    WorkspaceStatus status(WorkspaceId workspace) {
        return identity.get()
                .uri("/internal/workspaces/{slug}", workspace.slug())
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 404) {
                        return WorkspaceStatus.UNKNOWN;
                    }
                    if (status != 200) {
                        throw new IdentityUnavailableException("identity-service answered " + status);
                    }
                    WorkspaceRecord found = response.bodyTo(WorkspaceRecord.class);
                    return found == null ? WorkspaceStatus.UNKNOWN : statusOf(workspace, found.status());
                });
    }

    private static WorkspaceStatus statusOf(WorkspaceId workspace, String status) {
        if ("ACTIVE".equals(status)) {
            return WorkspaceStatus.ACTIVE;
        }
        if (!"SUSPENDED".equals(status)) {
            log.warn("Workspace {} has status {}, which the gateway does not know; not serving it", workspace,
                    status);
        }
        return WorkspaceStatus.SUSPENDED;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkspaceRecord(String slug, String name, String status) {
    }

    static final class IdentityUnavailableException extends RuntimeException {

        IdentityUnavailableException(String message) {
            super(message);
        }
    }
}
