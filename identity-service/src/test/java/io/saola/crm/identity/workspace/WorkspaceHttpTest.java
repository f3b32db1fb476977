package io.saola.crm.identity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.service.RunnableServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "saola.demo.enabled=false")
class WorkspaceHttpTest extends RunnableServiceContract {

    @Autowired
    WorkspaceRegistry registry;

    @Override
    protected String protectedApiPath() {
        return "/api/workspaces/current";
    }

    @BeforeEach
    void workspaces() {
        registry.ensureRegistered(WorkspaceId.of("acme"), "Acme");
        registry.ensureRegistered(WorkspaceId.of("globex"), "Globex");
    }

    @Test
    void theGatewayCanLookUpAWorkspaceWithoutAToken() throws Exception {
        HttpResponse<String> known = get("/internal/workspaces/acme", null, null);
        HttpResponse<String> unknown = get("/internal/workspaces/nobody", null, null);
        HttpResponse<String> malformed = get("/internal/workspaces/NOT_A_SLUG", null, null);

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).contains("\"slug\":\"acme\"").contains("\"status\":\"ACTIVE\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberSeesTheirWorkspaceAndTheirRolesInIt() throws Exception {
        String token = IDENTITY_PROVIDER.tokens().member("acme", Role.SALES_REP).email("rep@acme.vn").build();

        HttpResponse<String> response = get("/api/workspaces/current", token, "acme");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"slug\":\"acme\"").contains("\"roles\":[\"sales-rep\"]")
                .contains("\"currency\":\"VND\"");
    }

    @Test
    void aForwardedWorkspaceThatTheTokenDoesNotBelongToIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER.tokens().member("acme", Role.WORKSPACE_ADMIN).build();

        HttpResponse<String> response = get("/api/workspaces/current", token, "globex");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Globex");
    }

    @Test
    void aRequestWithoutWorkspaceOrWithoutTokenIsRefused() throws Exception {
        String token = IDENTITY_PROVIDER.tokens().member("acme", Role.WORKSPACE_ADMIN).build();

        assertThat(get("/api/workspaces/current", token, null).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = get("/api/workspaces/current", null, "acme");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(get("/api/workspaces/current", IDENTITY_PROVIDER.tokens().member("acme").expired().build(), "acme")
                .statusCode()).isEqualTo(401);
        assertThat(get("/api/workspaces/current", IDENTITY_PROVIDER.tokens().member("acme").unsigned().build(), "acme")
                .statusCode()).isEqualTo(401);
        assertThat(get("/api/workspaces/current", IDENTITY_PROVIDER.tokens().member("acme").wrongAudience().build(), "acme")
                .statusCode()).isEqualTo(401);
    }
}
