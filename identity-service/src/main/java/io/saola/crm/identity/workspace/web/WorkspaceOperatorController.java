package io.saola.crm.identity.workspace.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * The platform operator's switch: suspend a workspace (the gateway answers 403 on its address, its data stays) and
 * reactivate it. Not a workspace member's action, so not behind a member's token: it is on the internal path
 * {@code /internal/**}, which the gateway never routes, and needs the operator key ({@code SAOLA_OPERATOR_KEY}) in
 * {@code X-Saola-Operator-Key}. Without a configured key the switch does not exist (404).
 */
@RestController
class WorkspaceOperatorController {

    static final String KEY_HEADER = "X-Saola-Operator-Key";

    private final WorkspaceRegistry registry;
    private final byte[] operatorKey;

    WorkspaceOperatorController(WorkspaceRegistry registry, @Value("${saola.operator.key:}") String operatorKey) {
        this.registry = registry;
        this.operatorKey = operatorKey.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/internal/workspaces/{slug}/suspend")
    ResponseEntity<StatusView> suspend(@PathVariable String slug,
                                       @RequestHeader(name = KEY_HEADER, required = false) String key) {
        return ResponseEntity.ok(view(registry.suspend(checked(slug, key))));
    }

    @PostMapping("/internal/workspaces/{slug}/reactivate")
    ResponseEntity<StatusView> reactivate(@PathVariable String slug,
                                          @RequestHeader(name = KEY_HEADER, required = false) String key) {
        return ResponseEntity.ok(view(registry.reactivate(checked(slug, key))));
    }

    private WorkspaceId checked(String slug, String key) {
        boolean allowed = operatorKey.length > 0 && key != null
                && MessageDigest.isEqual(operatorKey, key.getBytes(StandardCharsets.UTF_8));
        if (!allowed || !WorkspaceId.isValid(slug)) {
            throw new RecordNotFoundException("workspace", slug);
        }
        return WorkspaceId.of(slug);
    }

    private static StatusView view(Workspace workspace) {
        return new StatusView(workspace.id().slug(), workspace.status().name());
    }

    record StatusView(String slug, String status) {
    }
}
