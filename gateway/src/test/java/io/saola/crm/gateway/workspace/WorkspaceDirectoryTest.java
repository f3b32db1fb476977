package io.saola.crm.gateway.workspace;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import io.saola.crm.gateway.support.StubService;
import io.saola.crm.platform.tenancy.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class WorkspaceDirectoryTest {

    private static final WorkspaceId GHOST = WorkspaceId.of("ghost");
    private static final WorkspaceId DEMO = WorkspaceId.of("demo");

    private final StubService identity = StubService.start("identity");
    private final ExecutorService refresh = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        identity.close();
        refresh.shutdownNow();
    }

    @Test
    void remembersAnUnknownWorkspaceOnlyBriefly() {
        WorkspaceDirectory directory = directory(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMillis(300));
        assertThat(directory.status(GHOST)).isEqualTo(WorkspaceStatus.UNKNOWN);

        identity.workspace("ghost", "ACTIVE");

        assertThat(directory.status(GHOST)).isEqualTo(WorkspaceStatus.UNKNOWN);
        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(directory.status(GHOST)).isEqualTo(WorkspaceStatus.ACTIVE));
    }

    @Test
    void usesALastKnownStatusNoLongerThanStaleIfError() throws InterruptedException {
        identity.workspace("demo", "ACTIVE");
        WorkspaceDirectory directory = directory(Duration.ofMillis(100), Duration.ofMillis(600), Duration.ofSeconds(5));
        assertThat(directory.status(DEMO)).isEqualTo(WorkspaceStatus.ACTIVE);
        identity.failWorkspaceLookups(true);

        Thread.sleep(200);
        assertThat(directory.status(DEMO)).isEqualTo(WorkspaceStatus.ACTIVE);

        Thread.sleep(600);
        assertThatThrownBy(() -> directory.status(DEMO)).isInstanceOf(WorkspaceDirectoryUnavailableException.class);
    }

    @Test
    void readsAnyStatusOtherThanActiveAsNotServed() {
        identity.workspace("demo", "ARCHIVED");
        WorkspaceDirectory directory = directory(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5));

        assertThat(directory.status(DEMO)).isEqualTo(WorkspaceStatus.SUSPENDED);
    }

    private WorkspaceDirectory directory(Duration freshFor, Duration staleIfError, Duration unknownFor) {
        WorkspaceProperties properties = new WorkspaceProperties("localhost", URI.create(identity.url()), freshFor,
                staleIfError, unknownFor, 100, Duration.ofSeconds(1));
        RestClient client = RestClient.builder().baseUrl(identity.url()).build();
        return new WorkspaceDirectory(new IdentityWorkspaces(client), CircuitBreaker.ofDefaults("identity"),
                properties, refresh);
    }
}
