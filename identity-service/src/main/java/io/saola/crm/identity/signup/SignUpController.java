package io.saola.crm.identity.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.platform.security.TokenIdentity;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * On the base domain: {@code POST /api/workspaces} signs a company up (logged in: opened at once, 201; not
 * logged in: 202 and a mail to the admin's address), {@code POST /api/workspaces/confirmation} confirms it with
 * the mailed secret and the admin's password (201).
 */
@RestController
class SignUpController {

    private final WorkspaceSignUp signUp;
    private final String baseDomain;

    SignUpController(WorkspaceSignUp signUp, @Value("${saola.keycloak.base-domain:localhost}") String baseDomain) {
        this.signUp = signUp;
        this.baseDomain = baseDomain;
    }

    @PostMapping("/api/workspaces")
    ResponseEntity<?> signUp(@AuthenticationPrincipal TokenIdentity person, @Valid @RequestBody SignUpRequest request) {
        if (person != null) {
            WorkspaceSignUp.Result result = signUp.signUpAs(person, command(request, null));
            return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(signedUp(result.workspace()));
        }
        if (request.admin() == null) {
            throw InvalidFieldsException.of("admin", "is required when signing up without logging in");
        }
        WorkspaceId slug = signUp.request(command(request, request.admin()));
        return ResponseEntity.accepted().body(new ConfirmationSent(slug.slug(), request.admin().email().strip(),
                "CONFIRMATION_SENT", "We sent a mail to this address. Open the link in it to confirm the sign-up "
                + "and choose your password, within 24 hours."));
    }

    @PostMapping("/api/workspaces/confirmation")
    ResponseEntity<SignedUp> confirm(@Valid @RequestBody ConfirmationRequest request) {
        WorkspaceSignUp.Result result = signUp.confirm(request.token(), request.password());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(signedUp(result.workspace()));
    }

    private static WorkspaceSignUp.Command command(SignUpRequest request, Admin admin) {
        return new WorkspaceSignUp.Command(request.slug(), request.name(), admin == null ? null : admin.email(),
                admin == null ? null : admin.firstName(), admin == null ? null : admin.lastName(), request.locale(),
                request.timeZone(), request.currency());
    }

    private SignedUp signedUp(Workspace workspace) {
        return new SignedUp(workspace.id().slug(), workspace.name(), workspace.status().name(),
                workspace.id().slug() + "." + baseDomain, workspace.settings().locale(), workspace.settings().timeZone(),
                workspace.settings().currency());
    }

    /** {@code admin}: required without a login, ignored with one (the admin is the logged-in person). */
    record SignUpRequest(@NotBlank @Size(max = 40) String slug,
                         @NotBlank @Size(max = Workspace.MAX_NAME_LENGTH) String name,
                         @Valid Admin admin,
                         @Size(max = 5) String locale,
                         @Size(max = 64) String timeZone,
                         @Size(max = 3) String currency) {
    }

    record Admin(@NotBlank @Email @Size(max = 254) String email,
                 @NotBlank @Size(max = 100) String firstName,
                 @NotBlank @Size(max = 100) String lastName) {
    }

    record ConfirmationRequest(@NotBlank @Size(max = 200) String token,
                               @NotBlank @Size(min = 8, max = 128) String password) {
    }

    record ConfirmationSent(String slug, String email, String status, String detail) {
    }

    /** {@code host}: where the workspace is served ({@code <slug>.<base domain>}). */
    record SignedUp(String slug, String name, String status, String host, String locale, String timeZone,
                    String currency) {
    }
}
