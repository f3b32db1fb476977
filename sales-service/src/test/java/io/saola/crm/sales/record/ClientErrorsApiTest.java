package io.saola.crm.sales.record;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

/** Whatever a client sends, a mistake is a 4xx problem, never a 500, and changes nothing. */
class ClientErrorsApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);

    @Test
    void malformedValuesAreProblemsAndStoreNothing() {
        String lead = "/api/leads/" + post(rep, "/api/leads", personLead("Khách Thử")).id();
        String opportunity = "/api/opportunities/" + post(rep, "/api/opportunities", opportunity("Thử", "acc-1"))
                .id();

        List<Response> answers = List.of(
                post(rep, lead + "/status", Map.of("status", "NOPE"), "\"0\""),
                post(rep, lead + "/status", Map.of(), "\"0\""),
                post(rep, lead + "/status", Map.of("status", "WORKING"), "\"abc\""),
                post(rep, opportunity + "/stage", Map.of("stage", "WON"), "\"7\""),
                post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "expectedCloseDate", "2026-13-45")),
                post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "amount", Map.of("amount", "abc"))),
                post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "amount",
                        Map.of("amount", "1e30"))),
                post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "stage", "WON")),
                post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "competitorIds",
                        List.of(" "))),
                post(rep, "/api/leads", with(personLead("X"), "rating", "BOILING")),
                post(rep, "/api/leads", "[]"),
                get(rep, "/api/leads?limit=abc"),
                get(rep, "/api/leads?deleted=maybe"),
                get(rep, "/api/leads?sort=secret"),
                get(rep, "/api/opportunities?filter=amount%20gt%20'lots'"),
                get(rep, "/api/leads?savedFilter=unknown"));

        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get(rep, "/api/leads").json().get("items")).hasSize(1);
        assertThat(get(rep, "/api/opportunities").json().get("items")).hasSize(1);
        assertThat(get(rep, lead).json().get("version").asLong()).isZero();
        assertThat(get(rep, opportunity).json().get("version").asLong()).isZero();
    }
}
