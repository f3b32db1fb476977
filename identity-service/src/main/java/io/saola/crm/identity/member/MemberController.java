package io.saola.crm.identity.member;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

import io.saola.crm.platform.security.TokenIdentity;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.IfMatch;

/** Members and invitations of the workspace the request is for. */
@RestController
class MemberController {

    private final Members members;
    private final Invitations invitations;

    MemberController(Members members, Invitations invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @GetMapping("/api/members")
    List<MemberView> list(@AuthenticationPrincipal WorkspaceMember caller) {
        return members.list(caller);
    }

    @GetMapping("/api/members/{userId}")
    ResponseEntity<MemberView> get(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String userId) {
        MemberView member = members.get(caller, userId);
        return ResponseEntity.ok().eTag(IfMatch.etag(member.version())).body(member);
    }

    @PutMapping("/api/members/{userId}/roles")
    MemberView changeRoles(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String userId,
                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                           @Valid @RequestBody RolesRequest request) {
        return members.changeRoles(caller, userId, request.roles(), IfMatch.version(ifMatch));
    }

    @PostMapping("/api/members/{userId}/deactivate")
    MemberView deactivate(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String userId) {
        return members.deactivate(caller, userId);
    }

    @PostMapping("/api/members/{userId}/reactivate")
    MemberView reactivate(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String userId) {
        return members.reactivate(caller, userId);
    }

    @PostMapping("/api/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Invitations.InvitationView invite(@AuthenticationPrincipal WorkspaceMember caller,
                                      @Valid @RequestBody InvitationRequest request) {
        return invitations.invite(caller, request.email(), request.roles());
    }

    @GetMapping("/api/invitations")
    List<Invitations.InvitationView> pending(@AuthenticationPrincipal WorkspaceMember caller) {
        return invitations.pending(caller);
    }

    @DeleteMapping("/api/invitations/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal WorkspaceMember caller, @PathVariable String id) {
        invitations.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The invitation's mailed secret is the credential: without a token a new person gives a password and names;
     * with one, the logged-in account (whose verified address must be the invited one) joins.
     */
    @PostMapping("/api/invitations/accept")
    MemberView accept(@AuthenticationPrincipal TokenIdentity person, @Valid @RequestBody AcceptRequest request) {
        return invitations.accept(request.secret(), person, request.password(), request.firstName(),
                request.lastName());
    }

    record RolesRequest(@NotEmpty List<@NotBlank String> roles) {
    }

    record InvitationRequest(@NotBlank @Email @Size(max = 254) String email,
                             @NotEmpty @Size(max = 5) List<@NotBlank String> roles) {
    }

    /** {@code password} and the names: for a person without an account (checked by {@link Invitations}). */
    record AcceptRequest(@NotBlank @Size(max = 200) String secret,
                         @Size(max = 128) String password,
                         @Size(max = 100) String firstName,
                         @Size(max = 100) String lastName) {
    }
}
