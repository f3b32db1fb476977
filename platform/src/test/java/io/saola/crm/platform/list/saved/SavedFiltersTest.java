package io.saola.crm.platform.list.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.mongo.WorkspaceScopedDatabaseFactory;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.RecordNotFoundException;

class SavedFiltersTest {

    private static final FilterableFields FIELDS = FilterableFields.of(FilterableField.string("name").sortable(),
            FilterableField.enumeration("status", List.of("NEW", "CUSTOMER")));
    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceMember LAN = member(ACME, "lan");
    private static final WorkspaceMember MINH = member(ACME, "minh");
    private static final WorkspaceMember STRANGER = member(WorkspaceId.of("globex"), "lan");

    private static MongoServer server;
    private static MongoClient client;
    private SavedFilters filters;

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
    void freshDatabase() {
        MongoTemplate mongo = new MongoTemplate(new WorkspaceScopedDatabaseFactory(
                new SimpleMongoClientDatabaseFactory(client, "saved-" + System.nanoTime()), collection -> false));
        filters = new SavedFilters(mongo, Clock.systemUTC());
    }

    @Test
    void aMemberSeesTheirOwnFiltersAndSharedOnesButNotOthersPrivateOnes() {
        SavedFilter mine = as(LAN, () -> filters.create(LAN, "accounts", FIELDS, draft("Của tôi", false)));
        SavedFilter shared = as(MINH, () -> filters.create(MINH, "accounts", FIELDS, draft("Chung", true)));
        SavedFilter hidden = as(MINH, () -> filters.create(MINH, "accounts", FIELDS, draft("Riêng", false)));
        as(MINH, () -> filters.create(MINH, "contacts", FIELDS, draft("Liên hệ", true)));

        assertThat(as(LAN, () -> filters.visibleTo(LAN, "accounts"))).extracting(SavedFilter::id)
                .containsExactly(shared.id(), mine.id());
        assertThat(as(LAN, () -> filters.get(LAN, "accounts", shared.id())).filter()).isEqualTo("status eq 'NEW'");
        assertThatThrownBy(() -> as(LAN, () -> filters.get(LAN, "accounts", hidden.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(STRANGER, () -> filters.visibleTo(STRANGER, "accounts"))).isEmpty();
    }

    @Test
    void onlyTheOwnerChangesOrDeletesAFilterAndStaleVersionsAreRefused() {
        SavedFilter shared = as(MINH, () -> filters.create(MINH, "accounts", FIELDS, draft("Chung", true)));

        assertThatThrownBy(() -> as(LAN, () -> filters.update(LAN, "accounts", FIELDS, shared.id(), null,
                draft("Đổi", true)))).isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> as(LAN, () -> {
            filters.delete(LAN, "accounts", shared.id());
            return null;
        })).isInstanceOf(ForbiddenOperationException.class);
        SavedFilter renamed = as(MINH, () -> filters.update(MINH, "accounts", FIELDS, shared.id(), 0L,
                draft("Khách mới", true)));
        assertThat(renamed.name()).isEqualTo("Khách mới");
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(MINH, () -> filters.update(MINH, "accounts", FIELDS, shared.id(), 0L,
                draft("Cũ", true)))).isInstanceOf(PreconditionFailedException.class);
        as(MINH, () -> {
            filters.delete(MINH, "accounts", shared.id());
            return null;
        });
        assertThat(as(MINH, () -> filters.visibleTo(MINH, "accounts"))).isEmpty();
    }

    @Test
    void aFilterOrSortTheListDoesNotAllowIsRefusedWhenSaved() {
        SavedFilterDraft badFilter = new SavedFilterDraft("x", false, "tenantId eq 'globex'", null, null, Map.of());
        SavedFilterDraft badSort = new SavedFilterDraft("x", false, null, "status", null, Map.of());

        assertThatThrownBy(() -> as(LAN, () -> filters.create(LAN, "accounts", FIELDS, badFilter)))
                .isInstanceOf(InvalidListQueryException.class);
        assertThatThrownBy(() -> as(LAN, () -> filters.create(LAN, "accounts", FIELDS, badSort)))
                .isInstanceOf(InvalidListQueryException.class);
    }

    @Test
    void applyingASavedFilterKeepsBothFiltersAndPrefersTheClientsSortAndSearch() {
        SavedFilter saved = new SavedFilter("f", "accounts", "n", "lan", false, "status eq 'NEW'", "name", "nguyen",
                Map.of(), null, null, 0);

        ListRequest combined = SavedFilters.apply(saved, new ListRequest("name startsWith 'A'", null, null, 20, null));
        ListRequest ownSort = SavedFilters.apply(saved, new ListRequest(null, "-name", null, null, "dang"));

        assertThat(combined.filter()).isEqualTo("(status eq 'NEW') and (name startsWith 'A')");
        assertThat(combined.sort()).isEqualTo("name");
        assertThat(combined.q()).isEqualTo("nguyen");
        assertThat(combined.limit()).isEqualTo(20);
        assertThat(ownSort.filter()).isEqualTo("status eq 'NEW'");
        assertThat(ownSort.sort()).isEqualTo("-name");
        assertThat(ownSort.q()).isEqualTo("dang");
    }

    @Test
    void emptyOptionsAreDroppedAndSharingIsOffUnlessAsked() {
        Map<String, String> options = new java.util.HashMap<>();
        options.put("scope", "mine");
        options.put("period", null);
        options.put("from", " ");

        SavedFilterDraft draft = new SavedFilterDraft("Của tôi", null, null, null, null, options);

        assertThat(draft.options()).containsExactly(Map.entry("scope", "mine"));
        assertThat(draft.isShared()).isFalse();
    }

    private static SavedFilterDraft draft(String name, boolean shared) {
        return new SavedFilterDraft(name, shared, "status eq 'NEW'", "name", null, Map.of("scope", "mine"));
    }

    private static <T> T as(WorkspaceMember member, Supplier<T> work) {
        return WorkspaceContext.callAs(member.workspace(), work);
    }

    private static WorkspaceMember member(WorkspaceId workspace, String userId) {
        return new WorkspaceMember(userId, workspace, Set.of(Role.SALES_REP), userId + "@example.vn", userId, null);
    }
}
