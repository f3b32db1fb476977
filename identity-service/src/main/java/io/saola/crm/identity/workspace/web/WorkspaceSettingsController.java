package io.saola.crm.identity.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.platform.web.InvalidFieldsException;

/** The workspace admin renames the workspace and chooses its language, time zone and currency. */
@RestController
class WorkspaceSettingsController {

    private final WorkspaceRegistry registry;
    private final Access access;

    WorkspaceSettingsController(WorkspaceRegistry registry, Access access) {
        this.registry = registry;
        this.access = access;
    }

    @PutMapping("/api/workspaces/current/settings")
    ResponseEntity<SettingsView> update(@AuthenticationPrincipal WorkspaceMember caller,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody SettingsRequest request) {
        access.require(caller, RecordType.WORKSPACE, Action.UPDATE);
        WorkspaceSettings settings;
        try {
            settings = new WorkspaceSettings(request.locale(), request.timeZone(), request.currency());
        } catch (RuntimeException invalid) {
            throw InvalidFieldsException.of("settings", "locale must be vi or en, timeZone an IANA zone such as "
                    + "Asia/Ho_Chi_Minh, currency an ISO 4217 code such as VND");
        }
        Workspace workspace;
        try {
            workspace = registry.updateSettings(caller.workspace(), request.name(), settings, IfMatch.version(ifMatch));
        } catch (IllegalArgumentException badName) {
            throw InvalidFieldsException.of("name", badName.getMessage());
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(workspace.version())).body(new SettingsView(workspace.name(),
                workspace.settings().locale(), workspace.settings().timeZone(), workspace.settings().currency(),
                workspace.version()));
    }

    record SettingsRequest(@Size(max = Workspace.MAX_NAME_LENGTH) String name, @Size(max = 5) String locale,
                           @Size(max = 64) String timeZone, @Size(max = 3) String currency) {
    }

    record SettingsView(String name, String locale, String timeZone, String currency, long version) {
    }
}
