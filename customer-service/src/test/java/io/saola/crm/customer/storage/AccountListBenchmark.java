package io.saola.crm.customer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.saola.crm.customer.search.domain.SearchKeys;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Not part of the build (run it with {@code -Dtest=AccountListBenchmark}): p50/p95 of a filtered, sorted first
 * page of 50 and of a search by name fragment, over HTTP straight to the service on the embedded store, with
 * {@code bench.perWorkspace} accounts (default 1,000) in each of {@code bench.workspaces} workspaces (default 10).
 * It prints figures and asserts nothing about time.
 */
class AccountListBenchmark extends CustomerApiTest {

    private static final Logger log = LoggerFactory.getLogger(AccountListBenchmark.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] STATUS = {"NEW", "NEED_IDENTIFIED", "NEGOTIATING", "CUSTOMER", "INACTIVE"};

    @Autowired
    private MongoTemplate mongo;

    @Test
    void firstPageAndSearchLatencies() {
        int perWorkspace = Integer.getInteger("bench.perWorkspace", 1000);
        int workspaces = Integer.getInteger("bench.workspaces", 10);
        int requests = Integer.getInteger("bench.requests", 300);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int w = 0; w < workspaces; w++) {
            seed("bench-" + run + "-" + w, perWorkspace);
        }
        Caller manager = caller("bench-" + run + "-0", "manager", Role.SALES_MANAGER);
        String firstPage = "/api/accounts?limit=50&sort=-createdAt&filter="
                + URLEncoder.encode("status eq 'CUSTOMER'", StandardCharsets.UTF_8);
        String search = "/api/accounts?limit=50&q=nguy";

        assertThat(get(manager, firstPage).json().get("items")).hasSize(50);
        assertThat(get(manager, search).json().get("items")).hasSize(50);
        log.info("accounts: {} per workspace x {} workspaces = {}; first page of 50 (filtered, sorted): {}; "
                        + "search 'nguy': {}", perWorkspace, workspaces, perWorkspace * workspaces,
                measure(manager, firstPage, requests), measure(manager, search, requests));
    }

    private String measure(Caller caller, String path, int requests) {
        for (int i = 0; i < requests / 5; i++) {
            get(caller, path);
        }
        List<Long> micros = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            Response response = get(caller, path);
            micros.add((System.nanoTime() - start) / 1000);
            assertThat(response.status()).isEqualTo(200);
        }
        Collections.sort(micros);
        return String.format("p50 %.1f ms, p95 %.1f ms", micros.get(requests / 2) / 1000.0,
                micros.get(requests * 95 / 100) / 1000.0);
    }

    private void seed(String workspace, int count) {
        Instant now = Instant.now();
        List<Document> batch = new ArrayList<>();
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> {
            for (int i = 0; i < count; i++) {
                String name = "Công ty " + FAMILY[i % FAMILY.length] + " " + i;
                batch.add(new Document("_id", UUID.randomUUID().toString()).append("type", "B2B")
                        .append("name", name).append("status", STATUS[i % STATUS.length])
                        .append("ownerId", "rep-" + (i % 7)).append("createdAt", Date.from(now.minusSeconds(i)))
                        .append("updatedAt", Date.from(now.minusSeconds(i))).append("createdBy", "bench")
                        .append("updatedBy", "bench").append("searchKeys", SearchKeys.builder().name(name).build())
                        .append("phoneKeys", List.of()).append("outbox", List.of()).append("version", 0L));
                if (batch.size() == 1000) {
                    mongo.getCollection("accounts").insertMany(new ArrayList<>(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mongo.getCollection("accounts").insertMany(batch);
            }
        });
    }
}
