package io.saola.crm.sales.lead;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * Starting a conversion over HTTP (the relay is off here, so the requested events stay in the lead's outbox
 * where the test counts them): who may, from which statuses, with which options, and that of two requests at
 * the same moment exactly one starts a conversion.
 */
class LeadConversionApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP);
    private final Caller marketer = caller(workspace, "marketer-thu", Role.MARKETER);
    private final Caller stranger = caller("ws-" + UUID.randomUUID().toString().substring(0, 8), "admin-khac",
            Role.WORKSPACE_ADMIN);

    @Autowired
    private MongoTemplate mongo;

    @Test
    void startsFromNewWorkingOrQualifiedAndDefaultsTheOpportunityFromTheProductOfInterest() {
        String productId = "p-" + UUID.randomUUID();
        productOnSale(workspace, productId, "Gói SMS Brandname", "1500000");
        String path = "/api/leads/" + post(rep, "/api/leads", with(companyLead("Phạm Thu Hà", "Công ty Hà Phát"),
                "mobile", "0912 345 678", "productOfInterestId", productId)).id();
        post(rep, path + "/status", Map.of("status", "WORKING"), "\"0\"");
        post(rep, path + "/status", Map.of("status", "QUALIFIED"), "\"1\"");

        Response started = post(rep, path + "/conversion", null);

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo(path + "/conversion");
        JsonNode conversion = started.json();
        assertThat(conversion.get("previousStatus").asString()).isEqualTo("QUALIFIED");
        assertThat(conversion.get("requestedBy").asString()).isEqualTo("rep-lan");
        assertThat(conversion.get("terms").get("opportunityName").asString()).isEqualTo("Gói SMS Brandname - 0912345678");
        assertThat(conversion.get("terms").get("amount").get("amount").decimalValue()).isEqualByComparingTo("1500000");
        assertThat(conversion.get("terms").get("productId").asString()).isEqualTo(productId);
        JsonNode lead = get(rep, path).json();
        assertThat(lead.get("status").asString()).isEqualTo("CONVERTING");
        assertThat(lead.get("statusLabel").asString()).isEqualTo("Đang chuyển đổi");
        assertThat(lead.get("conversion").get("id").asString()).isEqualTo(conversion.get("id").asString());
        assertThat(get(rep, path + "/conversion").json().get("state").asString()).isEqualTo("REQUESTED");
        assertThat(requestedEvents(path)).isEqualTo(1);
        String fromNew = "/api/leads/" + post(rep, "/api/leads", personLead("Lý Văn Tài")).id();
        Response started2 = post(rep, fromNew + "/conversion", Map.of());
        assertThat(started2.status()).isEqualTo(202);
        assertThat(started2.json().get("previousStatus").asString()).isEqualTo("NEW");
        assertThat(started2.json().get("terms").get("opportunityName").asString()).isEqualTo("Lý Văn Tài");
    }

    @Test
    void aRunningConversionAConvertingLeadsEditsAndAnUnqualifiedLeadAreRefusedWith409() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Đỗ Minh Quân")).id();
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();

        Response again = post(rep, path + "/conversion", null);
        Response edit = put(rep, path, personLead("Đỗ Minh Quân 2"), "\"1\"");
        Response move = post(rep, path + "/status", Map.of("status", "WORKING"), "\"1\"");
        String unqualified = "/api/leads/" + post(rep, "/api/leads", personLead("Võ Thị Hạnh")).id();
        post(rep, unqualified + "/status", Map.of("status", "UNQUALIFIED", "reason", "Không có nhu cầu"), "\"0\"");
        Response fromUnqualified = post(rep, unqualified + "/conversion", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(again.json().get("detail").asString()).contains(conversionId);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(move.status()).isEqualTo(409);
        assertThat(fromUnqualified.status()).isEqualTo(409);
        assertThat(fromUnqualified.json().get("currentState").asString()).isEqualTo("UNQUALIFIED");
        assertThat(requestedEvents(path)).isEqualTo(1);
        assertThat(get(rep, unqualified).json().get("status").asString()).isEqualTo("UNQUALIFIED");
    }

    @Test
    void ofTwoConversionsStartedAtTheSameMomentExactlyOneRuns() throws Exception {
        for (int round = 0; round < 3; round++) {
            String path = "/api/leads/" + post(rep, "/api/leads", personLead("Khách Đồng Thời " + round)).id();
            CountDownLatch start = new CountDownLatch(1);
            Callable<Response> convert = () -> {
                start.await();
                return post(rep, path + "/conversion", null);
            };
            List<Response> answers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Response>> futures = List.of(pool.submit(convert), pool.submit(convert));
                start.countDown();
                for (Future<Response> answer : futures) {
                    answers.add(answer.get());
                }
            } finally {
                pool.shutdown();
            }

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(202, 409);
            Response won = answers.stream().filter(answer -> answer.status() == 202).findFirst().orElseThrow();
            Response lost = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(lost.json().get("conversionId").asString()).isEqualTo(won.json().get("id").asString());
            JsonNode lead = get(rep, path).json();
            assertThat(lead.get("version").asLong()).isEqualTo(1);
            assertThat(lead.get("conversion").get("id").asString()).isEqualTo(won.json().get("id").asString());
            assertThat(requestedEvents(path)).isEqualTo(1);
            assertThat(pendingConversionsOf(path)).isEqualTo(1);
        }
    }

    @Test
    void invalidOptionsAreRefusedWith422ListingEveryFieldAndChangeNothing() {
        String company = "/api/leads/" + post(rep, "/api/leads", companyLead("Bùi Văn Long", "Công ty Long Hải"))
                .id();
        String person = "/api/leads/" + post(rep, "/api/leads", personLead("Mai Thị Lan")).id();

        Response contactWithoutAccount = post(rep, company + "/conversion", Map.of("existingContactId", "con-1",
                "productId", "p-khong-co"));
        Response contactForPerson = post(rep, person + "/conversion", Map.of("existingAccountId", "acc-1",
                "existingContactId", "con-1"));
        Response negativeAmount = post(rep, person + "/conversion", Map.of("amount",
                Map.of("amount", "-1", "currency", "VND")));
        Response badCurrency = post(rep, person + "/conversion", Map.of("amount",
                Map.of("amount", "10", "currency", "XYZ")));
        Response badDate = post(rep, person + "/conversion", Map.of("expectedCloseDate", "31/12/2026"));
        Response malformed = post(rep, person + "/conversion", "{not json");

        assertThat(contactWithoutAccount.status()).isEqualTo(422);
        assertThat(fields(contactWithoutAccount)).contains("existingContactId", "productId");
        assertThat(contactForPerson.status()).isEqualTo(422);
        assertThat(fields(contactForPerson)).contains("existingContactId");
        assertThat(negativeAmount.status()).isEqualTo(422);
        assertThat(badCurrency.status()).isEqualTo(422);
        assertThat(badDate.status()).isBetween(400, 422);
        assertThat(malformed.status()).isEqualTo(400);
        for (String path : List.of(company, person)) {
            JsonNode lead = get(rep, path).json();
            assertThat(lead.get("status").asString()).isEqualTo("NEW");
            assertThat(lead.get("version").asLong()).isZero();
            assertThat(get(rep, path + "/conversion").status()).isEqualTo(404);
        }
    }

    @Test
    void convertingNeedsTheRightToChangeTheLeadAndToCreateAccountsAndOpportunities() {
        String mine = "/api/leads/" + post(rep, "/api/leads", personLead("Hồ Văn Phúc")).id();
        String marketersOwn = "/api/leads/" + post(marketer, "/api/leads", personLead("Tạ Thị Yến")).id();

        Response byOtherRep = post(otherRep, mine + "/conversion", null);
        Response byMarketer = post(marketer, marketersOwn + "/conversion", null);
        Response fromAnotherWorkspace = post(stranger, mine + "/conversion", null);

        assertThat(byOtherRep.status()).isEqualTo(404);
        assertThat(byMarketer.status()).isEqualTo(403);
        assertThat(fromAnotherWorkspace.status()).isEqualTo(404);
        assertThat(get(stranger, mine + "/conversion").status()).isEqualTo(404);
        assertThat(get(rep, mine).json().get("status").asString()).isEqualTo("NEW");
        assertThat(get(marketer, marketersOwn).json().get("status").asString()).isEqualTo("NEW");
    }

    private static List<String> fields(Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private long requestedEvents(String path) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        Document lead = WorkspaceContext.callAs(WorkspaceId.of(workspace),
                () -> mongo.getCollection("leads").find(new Document("_id", id)).first());
        List<?> outbox = lead.getList("outbox", Document.class);
        return outbox.stream().filter(record -> "LeadConversionRequested.v1".equals(((Document) record).get("type")))
                .count();
    }

    private long pendingConversionsOf(String path) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        return mongo.getCollection("sales_pending_conversions").countDocuments(new Document("leadId", id));
    }
}
