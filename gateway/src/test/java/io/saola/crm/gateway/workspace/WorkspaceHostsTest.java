package io.saola.crm.gateway.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.saola.crm.platform.tenancy.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceHostsTest {

    private final WorkspaceHosts hosts = new WorkspaceHosts("localhost");

    @ParameterizedTest
    @ValueSource(strings = {"demo.localhost", "demo.localhost:8080", "Demo.LOCALHOST", "DEMO.localhost:443",
            "demo.localhost.", "demo.localhost.:8080"})
    void readsTheWorkspaceWhateverTheCaseAndPort(String host) {
        assertThat(hosts.resolve(host)).isEqualTo(new RequestHost(RequestHost.Kind.WORKSPACE, WorkspaceId.of("demo")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "localhost."})
    void recognisesTheBareBaseDomain(String host) {
        assertThat(hosts.resolve(host).kind()).isEqualTo(RequestHost.Kind.BASE_DOMAIN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.example.com", "127.0.0.1", "127.0.0.1:8080", "[::1]:8080", "demolocalhost",
            "a.demo.localhost", "demo.localhost.evil.com", "-demo.localhost", "de.localhost", "de--mo.localhost",
            "demo_1.localhost", ".localhost", "localhost.com"})
    void treatsEverythingElseAsForeign(String host) {
        assertThat(hosts.resolve(host).kind()).isEqualTo(RequestHost.Kind.FOREIGN);
    }

    @Test
    void worksWithAMultiLabelBaseDomain() {
        WorkspaceHosts production = new WorkspaceHosts("App.Saola.io");

        assertThat(production.resolve("acme.app.saola.io").workspace()).isEqualTo(WorkspaceId.of("acme"));
        assertThat(production.resolve("app.saola.io").kind()).isEqualTo(RequestHost.Kind.BASE_DOMAIN);
        assertThat(production.resolve("acme.saola.io").kind()).isEqualTo(RequestHost.Kind.FOREIGN);
        assertThat(production.resolve("acme.evilapp.saola.io").kind()).isEqualTo(RequestHost.Kind.FOREIGN);
    }
}
