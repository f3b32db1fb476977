package io.saola.crm.identity.workspace.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The gateway's lookup of a host's workspace. Answers only what a subdomain already makes public (exists,
 * name, active or suspended), so it needs no token; the gateway does not route {@code /internal/**}. A
 * workspace whose sign-up has not finished does not exist yet for the gateway.
 */
@RestController
class WorkspaceLookupController {

    private final WorkspaceRegistry registry;

    WorkspaceLookupController(WorkspaceRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/internal/workspaces/{slug}")
    ResponseEntity<WorkspaceStatusView> lookup(@PathVariable String slug) {
        if (!WorkspaceId.isValid(slug)) {
            return ResponseEntity.notFound().build();
        }
        return registry.find(WorkspaceId.of(slug))
                .filter(Workspace::isServed)
                .map(workspace -> ResponseEntity.ok(new WorkspaceStatusView(workspace.id().slug(), workspace.name(),
                        workspace.status().name())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record WorkspaceStatusView(String slug, String name, String status) {
    }
}
