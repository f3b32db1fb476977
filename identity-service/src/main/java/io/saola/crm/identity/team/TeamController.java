package io.saola.crm.identity.team;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.IfMatch;

@RestController
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/api/teams")
    List<Teams.TeamView> list(@AuthenticationPrincipal WorkspaceMember caller) {
        return teams.list(caller);
    }

    @GetMapping("/api/teams/{id}")
    ResponseEntity<Teams.TeamView> get(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String id) {
        Teams.TeamView team = teams.get(caller, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(team.version())).body(team);
    }

    @PostMapping("/api/teams")
    @ResponseStatus(HttpStatus.CREATED)
    Teams.TeamView create(@AuthenticationPrincipal WorkspaceMember caller, @Valid @RequestBody TeamRequest request) {
        return teams.create(caller, request.name(), request.managerId(), request.memberIds());
    }

    @PutMapping("/api/teams/{id}")
    Teams.TeamView update(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String id,
                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                          @Valid @RequestBody TeamRequest request) {
        return teams.update(caller, id, request.name(), request.managerId(), request.memberIds(),
                IfMatch.version(ifMatch));
    }

    @DeleteMapping("/api/teams/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String id) {
        teams.remove(caller, id);
        return ResponseEntity.noContent().build();
    }

    record TeamRequest(@NotBlank @Size(max = 80) String name, @NotBlank @Size(max = 64) String managerId,
                       @Size(max = 500) List<@NotBlank @Size(max = 64) String> memberIds) {
    }
}
