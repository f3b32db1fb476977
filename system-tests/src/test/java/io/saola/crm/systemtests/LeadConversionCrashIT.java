package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead-conversion saga survives crashes of both services it runs between. In a fresh workspace, 500 leads
 * (B2B and B2C mixed, each with one or two activities in customer-service) are converted by several client
 * threads through the gateway while customer-service and then sales-service are killed with SIGKILL and started
 * again. Requests that fail while a service is down (503 from the gateway, connection errors) are sent again;
 * a 409 "already converting" means the earlier attempt was accepted. Afterwards no lead is left converting and
 * each is converted exactly once: one conversion (the id the client was given), one {@code LeadConverted} on the
 * broker, one account, for B2B one contact, one opportunity, and every activity moved from the lead to the
 * account.
 *
 * <p>The kills are tied to progress, not to time: customer-service dies once 80 conversions were accepted (its
 * consumer is then working through them) and the next leads are released only when it is back; sales-service
 * dies once 280 were accepted, while requests are still coming (they fail over to retries until it is back).
 */
class LeadConversionCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final int LEADS = 500;
    private static final int CLIENT_THREADS = 6;
    private static final int KILL_CUSTOMER_AFTER = 80;
    private static final int SECOND_TRANCHE_END = 400;
    private static final int KILL_SALES_AFTER = 280;
    /** A request keeps being retried for this long while a service is down (restart plus a Kafka rebalance). */
    private static final Duration RETRY_FOR = Duration.ofMinutes(4);
    /** Generous: the saga itself needs well under a minute once both services are back. */
    private static final Duration CONVERTED_WITHIN = Duration.ofMinutes(8);

    private static Platform platform;
    private static int port;
    private static String slug;
    private static String adminEmail;
    private static String token;
    private static long tokenAt;

    /** One seeded lead and what the test knows about it. */
    private static final class Lead {
        final int index;
        final boolean b2b;
        final String id;
        final List<String> activityIds = new ArrayList<>();
        volatile String conversionId;
        volatile String acceptedAs;

        Lead(int index, boolean b2b, String id) {
            this.index = index;
            this.b2b = b2b;
            this.id = id;
        }
    }

    @BeforeAll
    static void aFreshWorkspace() throws Exception {
        platform = RunningPlatform.get();
        port = URI.create(platform.gatewayUrl()).getPort();
        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp("crash");
        slug = workspace.slug();
        adminEmail = workspace.admin().email();
        token = workspace.admin().token();
        tokenAt = System.nanoTime();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyLeadIsConvertedExactlyOnceThoughBothServicesCrash() throws Exception {
        long t0 = System.nanoTime();
        String product = aProductTheSalesViewKnows();
        List<Lead> leads = seed(product);
        long seeded = System.nanoTime();
        System.out.printf("crash test: %d leads (%d B2B) with %d activities seeded in %.1f s%n", leads.size(),
                leads.stream().filter(l -> l.b2b).count(), leads.stream().mapToInt(l -> l.activityIds.size()).sum(),
                (seeded - t0) / 1e9);

        try (Events events = new Events(platform.kafkaBootstrapServers(), slug)) {
            Conversions conversions = new Conversions();
            long convertStart = System.nanoTime();
            conversions.release(leads.subList(0, SECOND_TRANCHE_END / 2));

            awaitThat("accepted >= " + KILL_CUSTOMER_AFTER, Duration.ofMinutes(2),
                    () -> conversions.accepted.get() >= KILL_CUSTOMER_AFTER || conversions.failed());
            int acceptedAtFirstKill = conversions.accepted.get();
            long customerKilled = System.nanoTime();
            platform.kill("customer-service");
            Duration customerRestart = platform.restart("customer-service");
            long customerDown = System.nanoTime() - customerKilled;

            conversions.release(leads.subList(SECOND_TRANCHE_END / 2, SECOND_TRANCHE_END));
            awaitThat("accepted >= " + KILL_SALES_AFTER, Duration.ofMinutes(2),
                    () -> conversions.accepted.get() >= KILL_SALES_AFTER || conversions.failed());
            int acceptedAtSecondKill = conversions.accepted.get();
            long salesKilled = System.nanoTime();
            platform.kill("sales-service");
            conversions.release(leads.subList(SECOND_TRANCHE_END, leads.size()));
            Duration salesRestart = platform.restart("sales-service");
            long salesDown = System.nanoTime() - salesKilled;

            conversions.finish();
            long allAccepted = System.nanoTime();
            assertThat(conversions.errors).as("requests that failed for good").isEmpty();
            assertThat(conversions.accepted.get()).isEqualTo(LEADS);

            awaitThat("no lead CONVERTING", CONVERTED_WITHIN, () -> countLeads("status eq 'CONVERTING'") == 0);
            long settled = System.nanoTime();

            System.out.printf(Locale.ROOT, "crash test: customer-service killed at %d accepted, back in %.1f s"
                            + " (restart to ready %.1f s); sales-service killed at %d accepted, back in %.1f s"
                            + " (restart to ready %.1f s)%n", acceptedAtFirstKill, customerDown / 1e9,
                    customerRestart.toMillis() / 1e3, acceptedAtSecondKill, salesDown / 1e9,
                    salesRestart.toMillis() / 1e3);
            System.out.printf(Locale.ROOT, "crash test: %d conversions accepted in %.1f s (%d retried requests,"
                            + " %d answered 409 already converting); all settled %.1f s after the first request%n",
                    conversions.accepted.get(), (allAccepted - convertStart) / 1e9, conversions.retries.get(),
                    conversions.conflicts.get(), (settled - convertStart) / 1e9);

            Map<String, JsonNode> views = readLeads(leads);
            checkLeads(leads, views);
            checkEvents(leads, views, events);
            checkAccountsContactsOpportunities(leads, views);
            checkActivities(leads, views);
            System.out.printf(Locale.ROOT, "crash test: checked in %.1f s; whole test %.1f s%n",
                    (System.nanoTime() - settled) / 1e9, (System.nanoTime() - t0) / 1e9);
        }
    }

    // ------------------------------------------------------------------------------------------------ seeding

    private static String aProductTheSalesViewKnows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String unitGroup = created(send("POST", slug, "/api/unit-groups", token(), """
                {"name": "Gói %s", "baseUnit": "goi", "units": [{"code": "goi", "name": "Gói", "factor": 1}]}
                """.formatted(run), Map.of())).get("id").asString();
        return created(send("POST", slug, "/api/products", token(), """
                {"code": "CRM-%s", "name": "Phần mềm CRM", "unitGroupId": "%s", "unit": "goi",
                 "listPrice": {"amount": 12000000, "currency": "VND"}, "vatRate": 10}
                """.formatted(run, unitGroup), Map.of())).get("id").asString();
    }

    /** The leads and their activities, four requests at a time; the first lead waits for the product view. */
    private static List<Lead> seed(String product) throws Exception {
        Lead first = createLead(0, product, Duration.ofSeconds(90));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Lead>> futures = new ArrayList<>();
            for (int i = 1; i < LEADS; i++) {
                int index = i;
                futures.add(pool.submit(() -> createLead(index, product, Duration.ZERO)));
            }
            List<Lead> leads = new ArrayList<>(List.of(first));
            for (Future<Lead> f : futures) {
                leads.add(f.get(5, TimeUnit.MINUTES));
            }
            List<Future<?>> activities = new ArrayList<>();
            for (Lead lead : leads) {
                activities.add(pool.submit(() -> {
                    logActivities(lead);
                    return null;
                }));
            }
            for (Future<?> f : activities) {
                f.get(5, TimeUnit.MINUTES);
            }
            return leads;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two in five leads are B2C; B2B leads alternate with and without an address. */
    private static Lead createLead(int i, String product, Duration waitForProductView) throws Exception {
        boolean b2b = i % 5 >= 2;
        String mobile = String.format(Locale.ROOT, "0912%06d", i);
        String body = b2b ? """
                {"kind": "B2B", "personName": "Nguyễn Văn %d", "company": "Công ty Cổ phần Sao La %d",
                 "title": "Giám đốc", "email": "lead%d@congty%d.vn", "mobile": "%s", "source": "WEBSITE",
                 "rating": "HOT", "productOfInterestId": "%s", "description": "Khách quan tâm gói CRM"%s}
                """.formatted(i, i, i, i, mobile, product, i % 2 == 0 ? """
                , "address": {"street": "12 Lý Thường Kiệt", "ward": "Phường Hàng Bài", "district": "Hoàn Kiếm",
                              "city": "Hà Nội", "country": "VN"}""" : "")
                : """
                {"kind": "B2C", "personName": "Trần Thị %d", "email": "khach%d@gmail.com", "mobile": "%s",
                 "source": "REFERRAL", "productOfInterestId": "%s"}
                """.formatted(i, i, mobile, product);
        String key = "crash-lead-" + slug + "-" + i;
        long deadline = System.nanoTime() + waitForProductView.toNanos();
        while (true) {
            HttpResponse<String> response = sendRetrying("POST", "/api/leads", body, Map.of("Idempotency-Key", key));
            if (response.statusCode() == 422 && response.body().contains("productOfInterestId")
                    && System.nanoTime() < deadline) {
                Thread.sleep(250); // the product view follows sales-data-service's events
                continue;
            }
            return new Lead(i, b2b, created(response).get("id").asString());
        }
    }

    private static void logActivities(Lead lead) throws Exception {
        String about = "{\"type\": \"LEAD\", \"id\": \"" + lead.id + "\"}";
        List<String> bodies = new ArrayList<>(List.of("""
                {"kind": "NOTE", "subject": "Ghi chú về khách %d", "about": %s}
                """.formatted(lead.index, about)));
        if (lead.index % 2 == 1) {
            bodies.add("""
                    {"kind": "CALL", "subject": "Gọi tư vấn %d", "at": "%s", "direction": "OUTBOUND", "done": true,
                     "about": %s}
                    """.formatted(lead.index, Instant.now(), about));
        }
        for (int n = 0; n < bodies.size(); n++) {
            HttpResponse<String> response = sendRetrying("POST", "/api/activities", bodies.get(n),
                    Map.of("Idempotency-Key", "crash-activity-" + lead.id + "-" + n));
            lead.activityIds.add(created(response).get("id").asString());
        }
    }

    // ------------------------------------------------------------------------------------------------ converting

    /** Client threads taking released leads from a queue and asking for their conversion until it is accepted. */
    private static final class Conversions {
        private static final Lead END = new Lead(-1, false, null);
        final BlockingQueue<Lead> queue = new LinkedBlockingQueue<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final Map<String, String> errors = new ConcurrentHashMap<>();
        final ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        final List<Future<?>> running = new ArrayList<>();
        final AtomicBoolean stop = new AtomicBoolean();

        Conversions() {
            for (int t = 0; t < CLIENT_THREADS; t++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        Lead lead = queue.poll(1, TimeUnit.SECONDS);
                        if (lead == END) {
                            return null;
                        }
                        if (lead != null) {
                            convert(lead);
                        }
                    }
                    return null;
                }));
            }
        }

        void release(List<Lead> leads) {
            queue.addAll(leads);
        }

        boolean failed() {
            return !errors.isEmpty();
        }

        /** No more leads: waits for every client to get its last answer. */
        void finish() throws Exception {
            for (int t = 0; t < CLIENT_THREADS; t++) {
                queue.add(END);
            }
            try {
                for (Future<?> f : running) {
                    f.get(RETRY_FOR.toMinutes() + 2, TimeUnit.MINUTES);
                }
            } finally {
                stop.set(true);
                clients.shutdownNow();
            }
        }

        private void convert(Lead lead) {
            long deadline = System.nanoTime() + RETRY_FOR.toNanos();
            int attempt = 0;
            while (true) {
                String outcome;
                try {
                    HttpResponse<String> response = send("POST", slug, "/api/leads/" + lead.id + "/conversion",
                            token(), "{}", Map.of());
                    int status = response.statusCode();
                    if (status == 202) {
                        lead.conversionId = conversionIdOf(JSON.readTree(response.body()));
                        lead.acceptedAs = "202";
                        accepted.incrementAndGet();
                        return;
                    }
                    if (status == 409) {
                        // an earlier attempt whose answer was lost was accepted: the problem names the conversion
                        lead.conversionId = conversionIdOf(JSON.readTree(response.body()));
                        lead.acceptedAs = "409 " + response.body();
                        conflicts.incrementAndGet();
                        accepted.incrementAndGet();
                        return;
                    }
                    if (status != 502 && status != 503 && status != 504 && status != 429 && status != 401) {
                        errors.put(lead.id, status + " " + response.body());
                        return;
                    }
                    outcome = String.valueOf(status);
                } catch (IOException e) {
                    outcome = e.toString(); // connection refused or reset, timeout: the service is going down
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    errors.put(lead.id, "interrupted");
                    return;
                }
                if (System.nanoTime() > deadline) {
                    errors.put(lead.id, "still failing after " + RETRY_FOR.toSeconds() + " s: " + outcome);
                    return;
                }
                retries.incrementAndGet();
                try {
                    Thread.sleep(Math.min(1000, 100L << Math.min(attempt++, 4)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    errors.put(lead.id, "interrupted");
                    return;
                }
            }
        }
    }

    /** The conversion id in the 202 answer: the conversion status itself, or the lead view holding it. */
    private static String conversionIdOf(JsonNode answer) {
        if (answer.hasNonNull("conversionId")) {
            return answer.get("conversionId").asString();
        }
        if (answer.path("conversion").hasNonNull("id")) {
            return answer.get("conversion").get("id").asString();
        }
        return answer.hasNonNull("state") && answer.hasNonNull("id") ? answer.get("id").asString() : null;
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** Each lead's status (from the list) with its conversion (from {@code GET /api/leads/{id}/conversion}). */
    private static Map<String, JsonNode> readLeads(List<Lead> leads) throws Exception {
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode lead : listAll("/api/leads", null)) {
            statuses.put(lead.path("id").asString(), lead.path("status").asString());
        }
        Map<String, JsonNode> views = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (Lead lead : leads) {
                reads.add(pool.submit(() -> {
                    HttpResponse<String> response = sendRetrying("GET", "/api/leads/" + lead.id + "/conversion", null,
                            Map.of());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    views.put(lead.id, JSON.createObjectNode().put("id", lead.id)
                            .put("status", statuses.get(lead.id)).set("conversion", JSON.readTree(response.body())));
                    return null;
                }));
            }
            for (Future<?> f : reads) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return views;
    }

    private static void checkLeads(List<Lead> leads, Map<String, JsonNode> views) {
        for (Lead lead : leads) {
            JsonNode view = views.get(lead.id);
            JsonNode conversion = view.path("conversion");
            String what = "lead " + lead.index + " (" + (lead.b2b ? "B2B" : "B2C") + ", accepted as " + lead.acceptedAs
                    + "): " + view;
            assertThat(view.path("status").asString()).as(what).isEqualTo("CONVERTED");
            assertThat(conversion.path("state").asString()).as(what).isEqualTo("CONVERTED");
            if (lead.conversionId != null) {
                assertThat(conversion.path("id").asString()).as(what).isEqualTo(lead.conversionId);
            }
            assertThat(conversion.path("accountId").asString("")).as(what).isNotBlank();
            assertThat(conversion.path("opportunityId").asString("")).as(what).isNotBlank();
            if (lead.b2b) {
                assertThat(conversion.path("contactId").asString("")).as(what).isNotBlank();
            } else {
                assertThat(conversion.path("contactId").isNull() || conversion.path("contactId").isMissingNode())
                        .as(what).isTrue();
            }
        }
        long known = leads.stream().filter(l -> l.conversionId != null).count();
        System.out.printf("crash test: %d of %d conversion ids known from the answers, all unchanged%n", known,
                leads.size());
    }

    /** Exactly one LeadConverted (distinct event id) per lead, for the conversion the lead shows; no failure. */
    private static void checkEvents(List<Lead> leads, Map<String, JsonNode> views, Events events) throws Exception {
        awaitThat("a LeadConverted for every lead on the broker", Duration.ofMinutes(2),
                () -> leads.stream().allMatch(l -> events.converted.containsKey(l.id)));
        for (Lead lead : leads) {
            Map<String, String> byEventId = events.converted.get(lead.id);
            assertThat(byEventId).as("LeadConverted events of lead " + lead.index).hasSize(1);
            assertThat(byEventId.values()).as("conversion of lead " + lead.index + "'s LeadConverted")
                    .containsExactly(views.get(lead.id).path("conversion").path("id").asString());
        }
        assertThat(events.failed).as("LeadConversionFailed events").isEmpty();
        assertThat(events.rejected).as("LeadConversionRejected events").isEmpty();
        System.out.printf("crash test: on the broker %d LeadConverted (%d records with redeliveries), %d conversions"
                        + " requested more than once (highest attempt %d), %d AccountCreatedForLead records%n",
                events.converted.size(), events.convertedRecords.get(), events.reRequested().size(),
                events.highestAttempt(), events.accountCreatedRecords.get());
    }

    private static void checkAccountsContactsOpportunities(List<Lead> leads, Map<String, JsonNode> views)
            throws Exception {
        Map<String, Lead> byId = new HashMap<>();
        leads.forEach(l -> byId.put(l.id, l));

        List<JsonNode> accounts = listAll("/api/accounts", null);
        Map<String, List<JsonNode>> accountsByLead = group(accounts, "sourceLeadId");
        assertThat(accountsByLead.keySet()).as("every account in the workspace comes from one of the leads")
                .isEqualTo(byId.keySet());
        List<JsonNode> contacts = listAll("/api/contacts", null);
        Map<String, List<JsonNode>> contactsByAccount = group(contacts, "accountId");
        List<JsonNode> opportunities = listAll("/api/opportunities", null);
        Map<String, List<JsonNode>> opportunitiesByLead = group(opportunities, "sourceLeadId");
        assertThat(opportunitiesByLead.keySet()).isEqualTo(byId.keySet());

        for (Lead lead : leads) {
            JsonNode conversion = views.get(lead.id).path("conversion");
            String accountId = conversion.path("accountId").asString();
            List<JsonNode> own = accountsByLead.get(lead.id);
            assertThat(own).as("accounts of lead " + lead.index).hasSize(1);
            assertThat(own.get(0).path("id").asString()).isEqualTo(accountId);
            assertThat(own.get(0).path("type").asString()).isEqualTo(lead.b2b ? "B2B" : "B2C");
            assertThat(own.get(0).path("status").asString()).isEqualTo("NEED_IDENTIFIED");

            List<JsonNode> itsContacts = contactsByAccount.getOrDefault(accountId, List.of());
            if (lead.b2b) {
                assertThat(itsContacts).as("contacts of B2B lead " + lead.index).hasSize(1);
                JsonNode contact = itsContacts.get(0);
                assertThat(contact.path("id").asString()).isEqualTo(conversion.path("contactId").asString());
                if (contact.hasNonNull("sourceLeadId")) {
                    assertThat(contact.get("sourceLeadId").asString()).isEqualTo(lead.id);
                }
            } else {
                assertThat(itsContacts).as("contacts of B2C lead " + lead.index).isEmpty();
            }

            List<JsonNode> itsOpportunities = opportunitiesByLead.get(lead.id);
            assertThat(itsOpportunities).as("opportunities of lead " + lead.index).hasSize(1);
            JsonNode opportunity = itsOpportunities.get(0);
            assertThat(opportunity.path("id").asString()).isEqualTo(conversion.path("opportunityId").asString());
            assertThat(opportunity.path("accountId").asString()).isEqualTo(accountId);
            assertThat(opportunity.path("stage").asString()).isEqualTo("NEEDS_ANALYSIS");
        }
        long b2b = leads.stream().filter(l -> l.b2b).count();
        assertThat(contacts).as("contacts in the workspace").hasSize((int) b2b);
        assertThat(listAll("/api/accounts", "deleted=true")).as("accounts removed by a compensation").isEmpty();
        System.out.printf("crash test: %d accounts, %d contacts, %d opportunities%n", accounts.size(), contacts.size(),
                opportunities.size());
    }

    private static void checkActivities(List<Lead> leads, Map<String, JsonNode> views) throws Exception {
        Map<String, JsonNode> activities = new HashMap<>();
        for (JsonNode activity : listAll("/api/activities", null)) {
            activities.put(activity.path("id").asString(), activity);
        }
        int expected = 0;
        for (Lead lead : leads) {
            String accountId = views.get(lead.id).path("conversion").path("accountId").asString();
            for (String activityId : lead.activityIds) {
                JsonNode about = activities.get(activityId).path("about");
                assertThat(about.path("type").asString() + " " + about.path("id").asString())
                        .as("activity " + activityId + " of lead " + lead.index).isEqualTo("ACCOUNT " + accountId);
            }
            expected += lead.activityIds.size();
        }
        assertThat(activities).as("activities in the workspace").hasSize(expected);
        assertThat(activities.values()).noneMatch(a -> a.path("about").path("type").asString().equals("LEAD"));
        System.out.printf("crash test: %d activities, every one on its account%n", expected);
    }

    private static Map<String, List<JsonNode>> group(List<JsonNode> items, String field) {
        Map<String, List<JsonNode>> grouped = new LinkedHashMap<>();
        for (JsonNode item : items) {
            grouped.computeIfAbsent(item.path(field).asString(""), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }

    private static long countLeads(String filter) throws Exception {
        HttpResponse<String> response = sendRetrying("GET", "/api/leads?limit=1&filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8), null, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("items").size();
    }

    /** Every page of a list, 200 at a time. */
    private static List<JsonNode> listAll(String path, String query) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String url = path + "?limit=200" + (query == null ? "" : "&" + query)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> response = sendRetrying("GET", url, null, Map.of());
            assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("items").forEach(all::add);
            cursor = page.path("hasMore").asBoolean(false) ? page.path("nextCursor").asString() : null;
        } while (cursor != null);
        return all;
    }

    // ------------------------------------------------------------------------------------------------ the broker

    /** Reads the saga's topics for this workspace from the beginning, on its own thread. */
    private static final class Events implements AutoCloseable {
        /** lead id → (LeadConverted event id → conversion id). */
        final Map<String, Map<String, String>> converted = new ConcurrentHashMap<>();
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        final Set<String> failed = ConcurrentHashMap.newKeySet();
        final Set<String> rejected = ConcurrentHashMap.newKeySet();
        final AtomicInteger convertedRecords = new AtomicInteger();
        final AtomicInteger accountCreatedRecords = new AtomicInteger();
        private final AtomicBoolean closed = new AtomicBoolean();
        private final Thread reader;
        private volatile Throwable failure;

        Events(String bootstrap, String workspace) {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-test-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            reader = new Thread(() -> {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                        new StringDeserializer())) {
                    consumer.subscribe(List.of("crm.sales.lead.v1", "crm.customer.conversion.v1"));
                    while (!closed.get()) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            if (workspace.equals(header(record, "ce_tenantid"))) {
                                take(record);
                            }
                        }
                    }
                } catch (Throwable e) {
                    failure = e;
                }
            }, "crash-test-events");
            reader.setDaemon(true);
            reader.start();
        }

        private void take(ConsumerRecord<String, String> record) {
            String type = String.valueOf(header(record, "ce_type"));
            JsonNode body = JSON.readTree(record.value());
            switch (type) {
                case "LeadConverted.v1" -> {
                    convertedRecords.incrementAndGet();
                    converted.computeIfAbsent(body.path("aggregateId").asString(), k -> new ConcurrentHashMap<>())
                            .put(header(record, "ce_id"), body.path("conversionId").asString());
                }
                case "LeadConversionRequested.v1" -> attempts.merge(body.path("conversionId").asString(),
                        body.path("attempt").asInt(1), Math::max);
                case "LeadConversionFailed.v1" -> failed.add(body.path("aggregateId").asString() + " "
                        + body.path("reason").asString() + " " + body.path("message").asString());
                case "LeadConversionRejected.v1" -> rejected.add(body.path("leadId").asString() + " "
                        + body.path("reason").asString() + " " + body.path("message").asString());
                case "AccountCreatedForLead.v1" -> accountCreatedRecords.incrementAndGet();
                default -> {
                }
            }
        }

        Collection<String> reRequested() {
            return attempts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        }

        int highestAttempt() {
            return attempts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        @Override
        public void close() throws InterruptedException {
            closed.set(true);
            reader.join(10_000);
            if (failure != null) {
                throw new IllegalStateException("reading the saga's events failed", failure);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /** The admin's token, logged in again before it expires (tokens live 5 minutes). */
    private static synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenAt > TimeUnit.MINUTES.toNanos(3)) {
            token = TestWorkspaces.login(slug, adminEmail, TestWorkspaces.ADMIN_PASSWORD);
            tokenAt = System.nanoTime();
        }
        return token;
    }

    /** A request that is sent again while the gateway answers 503 (service down) or the connection fails. */
    private static HttpResponse<String> sendRetrying(String method, String path, String body,
                                                     Map<String, String> headers) throws Exception {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        int attempt = 0;
        while (true) {
            try {
                HttpResponse<String> response = send(method, slug, path, token(), body, headers);
                int status = response.statusCode();
                if ((status != 502 && status != 503 && status != 504 && status != 429)
                        || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (IOException e) { // connection refused or reset, timeout: retried like a 503
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(Math.min(1000, 100L << Math.min(attempt++, 4)));
        }
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static void awaitThat(String what, Duration within, BooleanSupplierWithException condition)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

    @FunctionalInterface
    private interface BooleanSupplierWithException {
        boolean getAsBoolean() throws Exception;
    }

    private static HttpResponse<String> send(String method, String workspace, String path, String bearer, String body,
                                             Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", (workspace == null ? "" : workspace + ".") + "localhost:" + port)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
