package io.saola.crm.platform.list.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.list.CursorCodec;
import io.saola.crm.platform.list.Filter;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Operator;
import io.saola.crm.platform.list.Page;

class MongoListQueriesTest {

    private static final int ROWS = 130;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] NAMES = {"Nguyễn Văn An", "nguyen thi binh", "Trần Minh", "Lê Hoa", "An Phạm",
            "Bùi Anh", "Đặng Quang", "Hồ Lan", "O'Brien", null};
    private static final String[] STATUSES = {"NEW", "QUALIFIED", "CONVERTED"};

    static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.string("email"),
            FilterableField.string("phone"),
            FilterableField.enumeration("status", List.of(STATUSES)).sortable(),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.date("closeDate").sortable(),
            FilterableField.id("ownerId"),
            FilterableField.number("score").sortable(),
            FilterableField.decimal("amount").sortable(),
            FilterableField.bool("vip"),
            FilterableField.string("city").at("address.city").sortable().only(Operator.EQ, Operator.IN));

    record Address(String city) {
    }

    record Lead(@Id String id, String name, String email, String phone, String status, Instant createdAt,
                LocalDate closeDate, String ownerId, Integer score, BigDecimal amount, Boolean vip,
                Address address) {
    }

    private static MongoServer server;
    private static MongoClient client;
    private MongoTemplate mongo;
    private MongoListQueries lists;
    private List<Lead> leads;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void storeLeads() {
        mongo = new MongoTemplate(client, "lists-" + System.nanoTime());
        lists = new MongoListQueries(mongo, CursorCodec.withDefaultKey());
        leads = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            leads.add(lead(i));
        }
        mongo.insertAll(leads);
    }

    private static Lead lead(int i) {
        String name = NAMES[i % NAMES.length];
        return new Lead(new ObjectId().toHexString(), name,
                i % 4 == 0 ? "an" + i + "@example.vn" : "user" + i + "@example.vn",
                i % 5 == 0 ? null : i % 5 == 1 ? "" : "09" + (10000000 + i),
                STATUSES[i % 3],
                T0.plus(i % 37, ChronoUnit.HOURS),
                i % 6 == 0 ? null : LocalDate.of(2026, 1 + i % 5, 1 + i % 28),
                "u" + (i % 4),
                i % 7 == 0 ? null : (i * 37) % 100,
                new BigDecimal(i % 11 + "." + (i % 3) + "5"),
                i % 3 == 0,
                new Address(i % 2 == 0 ? "Huế" : "Hà Nội"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "-name", "createdAt", "-createdAt", "status,-createdAt", "score", "-score",
            "amount", "-closeDate,name", "-name,score", "city,-score,name"})
    void pagesThroughEveryRowOnceInSortOrder(String sort) {
        List<Lead> seen = pageThrough(new ListRequest(null, sort, null, 7, null));

        assertThat(seen).extracting(Lead::id).doesNotHaveDuplicates();
        assertThat(seen).extracting(Lead::id).containsExactlyElementsOf(expected(sort, lead -> true));
    }

    @Test
    void pagesWithTheDefaultLimitAndSaysWhenThereIsNoMore() {
        Page<Lead> first = lists.page(Lead.class, null, ListRequest.firstPage(), FIELDS);
        assertThat(first.items()).hasSize(50);
        assertThat(first.hasMore()).isTrue();

        Page<Lead> third = lists.page(Lead.class, null, ListRequest.firstPage().withCursor(
                lists.page(Lead.class, null, ListRequest.firstPage().withCursor(first.nextCursor()), FIELDS)
                        .nextCursor()), FIELDS);
        assertThat(third.items()).hasSize(ROWS - 100);
        assertThat(third.hasMore()).isFalse();
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void anExactlyFullLastPageHasNoNextCursor() {
        Page<Lead> page = lists.page(Lead.class, null, new ListRequest(null, null, null, ROWS, null), FIELDS);

        assertThat(page.items()).hasSize(ROWS);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void filtersWithCombinedConditions() {
        assertFilter("status eq 'NEW' and (name contains 'nguyen' or email startsWith 'an')",
                lead -> lead.status().equals("NEW") && (contains(lead.name(), "nguyen")
                        || lead.email().toLowerCase().startsWith("an")));
        assertFilter("createdAt between ('2026-01-01T05:00:00Z', '2026-01-01T10:00:00Z') and ownerId in ('u1','u2')",
                lead -> !lead.createdAt().isBefore(T0.plus(5, ChronoUnit.HOURS))
                        && !lead.createdAt().isAfter(T0.plus(10, ChronoUnit.HOURS))
                        && (lead.ownerId().equals("u1") || lead.ownerId().equals("u2")));
        assertFilter("phone isEmpty", lead -> lead.phone() == null || lead.phone().isEmpty());
        assertFilter("phone not isEmpty and name isNotEmpty",
                lead -> lead.phone() != null && !lead.phone().isEmpty() && lead.name() != null);
        assertFilter("score gt 50 or score isEmpty", lead -> lead.score() == null || lead.score() > 50);
        assertFilter("score between (10, 20)", lead -> lead.score() != null && lead.score() >= 10 && lead.score() <= 20);
        assertFilter("amount gte 5.25 and amount lt 7", lead -> lead.amount().compareTo(new BigDecimal("5.25")) >= 0
                && lead.amount().compareTo(new BigDecimal("7")) < 0);
        assertFilter("vip eq true and status ne 'CONVERTED'",
                lead -> lead.vip() && !lead.status().equals("CONVERTED"));
        assertFilter("closeDate lt '2026-03-01'",
                lead -> lead.closeDate() != null && lead.closeDate().isBefore(LocalDate.of(2026, 3, 1)));
        assertFilter("city eq 'Hà Nội' and name eq null", lead -> lead.address().city().equals("Hà Nội")
                && lead.name() == null);
        assertFilter("name eq 'O''Brien'", lead -> "O'Brien".equals(lead.name()));
        assertFilter("id in ('" + leads.get(3).id() + "', '" + leads.get(4).id() + "')",
                lead -> lead == leads.get(3) || lead == leads.get(4));
    }

    @Test
    void pagesThroughAFilteredAndScopedList() {
        ListRequest request = new ListRequest("status in ('NEW','QUALIFIED') or vip eq true", "-createdAt,name",
                null, 9, null);
        Criteria scope = Criteria.where("ownerId").is("u1");

        List<Lead> seen = new ArrayList<>();
        Page<Lead> page;
        do {
            page = lists.page(Lead.class, scope, request, FIELDS);
            seen.addAll(page.items());
            request = request.withCursor(page.nextCursor());
        } while (page.hasMore());

        assertThat(seen).extracting(Lead::id).containsExactlyElementsOf(expected("-createdAt,name",
                lead -> lead.ownerId().equals("u1") && (!lead.status().equals("CONVERTED") || lead.vip())));
    }

    @Test
    void treatsRegexMetacharactersInSearchTextLiterally() {
        mongo.insertAll(List.of(named("a.b"), named("axb"), named("(x)"), named("[y]*"), named("A.B.C"),
                named("x\\d")));

        assertThat(names("name contains '.'")).containsExactlyInAnyOrder("a.b", "A.B.C");
        assertThat(names("name startsWith 'a.'")).containsExactlyInAnyOrder("a.b", "A.B.C");
        assertThat(names("name contains '(x)'")).containsExactly("(x)");
        assertThat(names("name contains '[y]*'")).containsExactly("[y]*");
        assertThat(names("name contains '\\d'")).containsExactly("x\\d");
        assertThat(names("name startsWith '.*'")).isEmpty();
    }

    @Test
    void doesNotRepeatOrSkipRowsWhenOthersAreAddedBetweenPages() {
        ListRequest request = new ListRequest(null, "createdAt", null, 20, null);
        Page<Lead> first = lists.page(Lead.class, null, request, FIELDS);
        Lead before = new Lead(new ObjectId().toHexString(), "early", "e@x.vn", null, "NEW", T0.minusSeconds(60),
                null, "u1", 1, BigDecimal.ONE, false, new Address("Huế"));
        Lead after = new Lead(new ObjectId().toHexString(), "late", "l@x.vn", null, "NEW", T0.plus(400, ChronoUnit.DAYS),
                null, "u1", 1, BigDecimal.ONE, false, new Address("Huế"));
        mongo.insertAll(List.of(before, after));

        List<Lead> rest = pageThrough(request.withCursor(first.nextCursor()));

        assertThat(rest).extracting(Lead::id).doesNotContain(before.id()).contains(after.id())
                .doesNotContainAnyElementsOf(first.items().stream().map(Lead::id).toList());
        assertThat(first.items().size() + rest.size()).isEqualTo(ROWS + 1);
    }

    @Test
    void refusesACursorFromAnotherSortOrAlteredByTheClient() {
        Page<Lead> first = lists.page(Lead.class, null, new ListRequest(null, "name", null, 10, null), FIELDS);
        String cursor = first.nextCursor();
        String altered = (cursor.charAt(5) == 'A' ? "B" : "A");
        String tampered = cursor.substring(0, 5) + altered + cursor.substring(6);

        assertThatThrownBy(() -> lists.page(Lead.class, null, new ListRequest(null, "-name", cursor, 10, null),
                FIELDS)).isInstanceOf(InvalidListQueryException.class).hasMessageContaining("another sort");
        assertThatThrownBy(() -> lists.page(Lead.class, null, new ListRequest(null, "name", tampered, 10, null),
                FIELDS)).isInstanceOf(InvalidListQueryException.class).hasMessageContaining("not valid");
    }

    @Test
    void refusesFiltersOutsideTheWhitelistBeforeTouchingTheStore() {
        assertThatThrownBy(() -> lists.page(Lead.class, null,
                new ListRequest("name eq 'x' or tenantId ne ''", null, null, null, null), FIELDS))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("unknown field 'tenantId'");
    }

    @Test
    void refusesADecimalBeyondDecimal128AsABadFilterNotAStoreFailure() {
        ListRequest thirtyFiveDigits = new ListRequest("amount gt 12345678901234567890123456789012345", null, null,
                null, null);
        assertThatThrownBy(() -> lists.page(Lead.class, null, thirtyFiveDigits, FIELDS))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("'amount'");

        Filter.Condition built = new Filter.Condition(FIELDS.find("amount").orElseThrow(), Operator.GT,
                List.of(new BigDecimal("12345678901234567890123456789012345")));
        assertThatThrownBy(() -> MongoFilters.toCriteria(built))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("'amount'");
    }

    @Test
    void boundsThePageSizeWhateverTheClientAsks() {
        assertThat(lists.page(Lead.class, null, ListRequest.from(name -> name.equals("limit") ? "200000000" : null),
                FIELDS).items()).hasSize(ROWS);
        assertThatThrownBy(() -> ListRequest.from(name -> name.equals("limit") ? "99999999999999999999" : null))
                .isInstanceOf(InvalidListQueryException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> lists.page(Lead.class, null, new ListRequest(null, null, null, -1, null), FIELDS))
                .isInstanceOf(InvalidListQueryException.class).hasMessageContaining("limit");
    }

    private List<Lead> pageThrough(ListRequest request) {
        List<Lead> seen = new ArrayList<>();
        Page<Lead> page;
        int pages = 0;
        do {
            page = lists.page(Lead.class, null, request, FIELDS);
            seen.addAll(page.items());
            request = request.withCursor(page.nextCursor());
            assertThat(++pages).isLessThan(ROWS);
        } while (page.hasMore());
        return seen;
    }

    private void assertFilter(String filter, Predicate<Lead> expected) {
        List<Lead> found = pageThrough(new ListRequest(filter, "name", null, 11, null));
        List<String> ids = expected("name", expected);
        assertThat(ids).as("test data should exercise " + filter).isNotEmpty().hasSizeLessThan(ROWS);
        assertThat(found).extracting(Lead::id).as(filter).containsExactlyElementsOf(ids);
    }

    private List<String> names(String filter) {
        return lists.page(Lead.class, Criteria.where("ownerId").is("regex"),
                new ListRequest(filter, null, null, 200, null), FIELDS).items().stream().map(Lead::name).toList();
    }

    private static Lead named(String name) {
        return new Lead(new ObjectId().toHexString(), name, null, null, "NEW", T0, null, "regex", null,
                BigDecimal.ZERO, false, new Address("Huế"));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase().contains(part.toLowerCase());
    }

    /** The order MongoDB sorts in: nulls first ascending, last descending; ties by id in the last direction. */
    private List<String> expected(String sort, Predicate<Lead> filter) {
        Comparator<Lead> order = null;
        boolean lastDescending = false;
        for (String item : sort.isEmpty() ? new String[0] : sort.split(",")) {
            boolean descending = item.startsWith("-");
            Function<Lead, Comparable> key = key(descending ? item.substring(1) : item);
            Comparator<Lead> one = Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
            one = descending ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
            lastDescending = descending;
        }
        Comparator<Lead> byId = Comparator.comparing(lead -> new ObjectId(lead.id()));
        byId = lastDescending ? byId.reversed() : byId;
        order = order == null ? byId : order.thenComparing(byId);
        return leads.stream().filter(filter).sorted(order).map(Lead::id).toList();
    }

    @SuppressWarnings("rawtypes")
    private static Function<Lead, Comparable> key(String field) {
        return switch (field) {
            case "name" -> Lead::name;
            case "createdAt" -> Lead::createdAt;
            case "status" -> Lead::status;
            case "score" -> Lead::score;
            case "amount" -> Lead::amount;
            case "closeDate" -> Lead::closeDate;
            case "city" -> lead -> lead.address().city();
            default -> throw new IllegalArgumentException(field);
        };
    }

}
