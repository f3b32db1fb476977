package io.saola.crm.customer.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

class AbandonedImportsTest extends CustomerApiTest {

    private static final String STOPPED_PROCESS = "customer-service-stopped";

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportWorkers workers;

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherWorkspace = "other-" + workspace;
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
    private final Caller otherManager = caller(otherWorkspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void aJobWhoseProcessStoppedIsFailedInWhateverWorkspaceAndThatProcessCanNoLongerWriteIt() {
        Instant expired = Instant.now().minusSeconds(1);
        String running = leased(workspace, ImportState.RUNNING, expired);
        String queuedElsewhere = leased(otherWorkspace, ImportState.QUEUED, expired);
        String alive = leased(workspace, ImportState.RUNNING, Instant.now().plusSeconds(600));

        assertThat(workers.failAbandoned()).isGreaterThanOrEqualTo(2);

        JsonNode failed = get(manager, "/api/accounts/import/" + running).json();
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString()).contains("restarted", "upload the file again");
        assertThat(failed.get("rowsDone").asLong()).isEqualTo(3);
        assertThat(get(otherManager, "/api/accounts/import/" + queuedElsewhere).json().get("state").asString())
                .isEqualTo("FAILED");
        assertThat(get(manager, "/api/accounts/import/" + alive).json().get("state").asString())
                .isEqualTo("RUNNING");

        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> {
            assertThat(jobs.renew(running, STOPPED_PROCESS, Instant.now().plusSeconds(60))).isFalse();
            assertThat(jobs.progress(running, STOPPED_PROCESS, new ImportJob.Progress(4, 4, 0, 0, false), List.of()))
                    .isFalse();
            assertThat(jobs.finish(running, STOPPED_PROCESS, ImportState.SUCCEEDED,
                    new ImportJob.Progress(10, 10, 0, 0, false), List.of(), null, Instant.now())).isFalse();
            assertThat(jobs.find(running).orElseThrow().state()).isEqualTo(ImportState.FAILED);
            assertThat(jobs.latest(running + "-file", Instant.now().minusSeconds(60))).isEmpty();
        });
    }

    private String leased(String workspace, ImportState state, Instant leaseUntil) {
        String id = UUID.randomUUID().toString();
        ImportJob job = new ImportJob(id, RecordType.ACCOUNT, id + "-file", false, state, "manager-hoa", 10, 3, 3, 0,
                0, List.of(), false, null, Instant.now(), Instant.now(), null);
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> jobs.add(job, STOPPED_PROCESS, leaseUntil));
        return id;
    }
}
