package io.saola.crm.identity.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.identity.workspace.domain.Workspace;

/** {@code POST /api/workspaces} on the base domain, without a token: a company signs up. */
@RestController
class SignUpController {

    private final WorkspaceSignUp signUp;
    private final String baseDomain;

    SignUpController(WorkspaceSignUp signUp, @Value("${saola.keycloak.base-domain:localhost}") String baseDomain) {
        this.signUp = signUp;
        this.baseDomain = baseDomain;
    }

    @PostMapping("/api/workspaces")
    ResponseEntity<SignedUp> signUp(@Valid @RequestBody SignUpRequest request) {
        WorkspaceSignUp.Result result = signUp.signUp(new WorkspaceSignUp.Command(request.slug(), request.name(),
                request.admin().email(), request.admin().password(), request.admin().firstName(),
                request.admin().lastName(), request.locale(), request.timeZone(), request.currency()));
        Workspace workspace = result.workspace();
        SignedUp body = new SignedUp(workspace.id().slug(), workspace.name(), workspace.status().name(),
                workspace.id().slug() + "." + baseDomain, workspace.settings().locale(), workspace.settings().timeZone(),
                workspace.settings().currency());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    record SignUpRequest(@NotBlank @Size(max = 40) String slug,
                         @NotBlank @Size(max = Workspace.MAX_NAME_LENGTH) String name,
                         @NotNull @Valid Admin admin,
                         @Size(max = 5) String locale,
                         @Size(max = 64) String timeZone,
                         @Size(max = 3) String currency) {
    }

    record Admin(@NotBlank @Email @Size(max = 254) String email,
                 @NotBlank @Size(min = 8, max = 128) String password,
                 @NotBlank @Size(max = 100) String firstName,
                 @NotBlank @Size(max = 100) String lastName) {
    }

    /** {@code host}: where the workspace is served ({@code <slug>.<base domain>}). */
    record SignedUp(String slug, String name, String status, String host, String locale, String timeZone,
                    String currency) {
    }
}
