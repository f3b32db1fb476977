package io.saola.crm.identity.workspace.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;

/** The workspace the caller is working in, and who the caller is there. */
@RestController
class CurrentWorkspaceController {

    private final WorkspaceRegistry registry;

    CurrentWorkspaceController(WorkspaceRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/workspaces/current")
    CurrentWorkspaceView current(@AuthenticationPrincipal WorkspaceMember member) {
        Workspace workspace = registry.find(member.workspace())
                .orElseThrow(() -> new RecordNotFoundException("workspace", member.workspace().slug()));
        return new CurrentWorkspaceView(workspace.id().slug(), workspace.name(), workspace.status().name(),
                workspace.settings().locale(), workspace.settings().timeZone(), workspace.settings().currency(),
                new MemberView(member.userId(), member.email(), member.name(),
                        member.roles().stream().map(role -> role.groupName()).sorted().toList()));
    }

    record CurrentWorkspaceView(String slug, String name, String status, String locale, String timeZone,
                                String currency, MemberView you) {
    }

    record MemberView(String userId, String email, String name, List<String> roles) {
    }
}
