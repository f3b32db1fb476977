package io.saola.crm.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.tenancy.MissingWorkspaceException;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

class WorkspaceScopedMongoTest {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    private static MongoServer server;
    private static MongoClient client;
    private MongoTemplate mongo;
    private MongoTemplate raw;

    record Note(@Id String id, String text, int priority) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("registry")
    @SharedAcrossWorkspaces(reason = "test: a registry above workspaces")
    record RegistryEntry(@Id String id, String label) {
    }

    interface Notes extends MongoRepository<Note, String> {
        List<Note> findByText(String text);

        long countByPriorityGreaterThan(int priority);
    }

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        java.net.InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        String database = "scoping-" + System.nanoTime();
        SimpleMongoClientDatabaseFactory plain = new SimpleMongoClientDatabaseFactory(client, database);
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setInitialEntitySet(java.util.Set.of(Note.class, RegistryEntry.class));
        mapping.initialize();
        SharedCollections shared = new SharedCollections(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("mapping", mapping)).getBeanProvider(MongoMappingContext.class));
        mongo = new MongoTemplate(new WorkspaceScopedDatabaseFactory(plain, shared));
        raw = new MongoTemplate(plain);
    }

    @Test
    void refusesEveryOperationWithoutAWorkspace() {
        assertThatThrownBy(() -> mongo.save(new Note("n1", "hello", 1))).isInstanceOf(MissingWorkspaceException.class);
        assertThatThrownBy(() -> mongo.findAll(Note.class)).isInstanceOf(MissingWorkspaceException.class);
        assertThatThrownBy(() -> mongo.findById("n1", Note.class)).isInstanceOf(MissingWorkspaceException.class);
        assertThatThrownBy(() -> mongo.count(query(where("text").is("x")), Note.class))
                .isInstanceOf(MissingWorkspaceException.class);
        assertThatThrownBy(() -> mongo.remove(query(where("text").is("x")), Note.class))
                .isInstanceOf(MissingWorkspaceException.class);
        assertThatThrownBy(() -> mongo.updateMulti(query(where("text").is("x")), Update.update("text", "y"), Note.class))
                .isInstanceOf(MissingWorkspaceException.class);
        assertThat(raw.getCollection("note").countDocuments()).isZero();
    }

    @Test
    void stampsDocumentsWithTheirWorkspaceAndKeepsWorkspacesApart() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "acme secret", 1)));
        WorkspaceContext.runAs(GLOBEX, () -> mongo.save(new Note("n2", "globex secret", 2)));

        Document stored = raw.getCollection("note").find(new Document("_id", "n1")).first();
        assertThat(stored).containsEntry("tenantId", "acme");

        assertThat(WorkspaceContext.callAs(ACME, () -> mongo.findAll(Note.class)))
                .extracting(Note::text).containsExactly("acme secret");
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> mongo.findById("n1", Note.class))).isNull();
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> mongo.count(new org.springframework.data.mongodb.core.query.Query(), Note.class)))
                .isEqualTo(1);
    }

    @Test
    void writesCannotReachAnotherWorkspacesDocuments() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "original", 1)));

        long updated = WorkspaceContext.callAs(GLOBEX, () -> mongo
                .updateFirst(query(where("_id").is("n1")), Update.update("text", "hijacked"), Note.class)
                .getModifiedCount());
        long removed = WorkspaceContext.callAs(GLOBEX, () -> mongo.remove(query(where("_id").is("n1")), Note.class)
                .getDeletedCount());
        assertThatThrownBy(() -> WorkspaceContext.runAs(GLOBEX, () -> mongo.save(new Note("n1", "overwrite", 9))))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

        assertThat(updated).isZero();
        assertThat(removed).isZero();
        assertThat(WorkspaceContext.callAs(ACME, () -> mongo.findById("n1", Note.class)).text()).isEqualTo("original");
    }

    @Test
    void aFilterNamingTheWorkspaceFieldCannotWidenTheScope() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "acme", 1)));
        WorkspaceContext.runAs(GLOBEX, () -> mongo.save(new Note("n2", "globex", 1)));

        List<Note> found = WorkspaceContext.callAs(GLOBEX,
                () -> mongo.find(query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                        where("tenantId").is("acme"), where("tenantId").ne("x"))), Note.class));

        assertThat(found).extracting(Note::text).containsExactly("globex");
    }

    @Test
    void theWorkspaceOfADocumentCannotBeChanged() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "acme", 1)));

        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME, () -> mongo
                .updateFirst(query(where("_id").is("n1")), Update.update("tenantId", "globex"), Note.class)))
                .isInstanceOf(WorkspaceScopeViolationException.class);
        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME, () -> mongo.insert(
                new Document("_id", "n9").append("tenantId", "globex"), "note")))
                .isInstanceOf(WorkspaceScopeViolationException.class);
    }

    @Test
    void repositoryQueriesAreScopedToo() {
        Notes notes = new MongoRepositoryFactory(mongo).getRepository(Notes.class);
        WorkspaceContext.runAs(ACME, () -> notes.saveAll(List.of(new Note("a1", "same", 5), new Note("a2", "other", 7))));
        WorkspaceContext.runAs(GLOBEX, () -> notes.save(new Note("g1", "same", 9)));

        assertThat(WorkspaceContext.callAs(ACME, () -> notes.findByText("same"))).extracting(Note::id).containsExactly("a1");
        assertThat(WorkspaceContext.callAs(ACME, () -> notes.countByPriorityGreaterThan(1))).isEqualTo(2);
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> notes.findAll(Sort.by("priority")))).extracting(Note::id)
                .containsExactly("g1");
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> notes.existsById("a1"))).isFalse();
        WorkspaceContext.runAs(GLOBEX, notes::deleteAll);
        long remaining = WorkspaceContext.callAs(ACME, () -> notes.count());
        assertThat(remaining).isEqualTo(2);
    }

    @Test
    void aggregationsStartInTheWorkspaceAndCannotJoinOtherCollections() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "acme", 3)));
        WorkspaceContext.runAs(GLOBEX, () -> mongo.save(new Note("n2", "globex", 4)));

        var total = WorkspaceContext.callAs(ACME, () -> mongo.aggregate(
                Aggregation.newAggregation(Aggregation.group().sum("priority").as("total")), "note", Document.class)
                .getUniqueMappedResult());
        assertThat(total.get("total")).isEqualTo(3);

        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME, () -> mongo.aggregate(
                Aggregation.newAggregation(Aggregation.lookup("registry", "text", "_id", "joined")), "note",
                Document.class))).isInstanceOf(WorkspaceScopeViolationException.class);
    }

    @Test
    void everyIndexMustStartWithTheWorkspace() {
        assertThatThrownBy(() -> mongo.indexOps(Note.class).createIndex(new Index("text", Sort.Direction.ASC)))
                .isInstanceOf(WorkspaceScopeViolationException.class);

        mongo.indexOps(Note.class).createIndex(new Index("tenantId", Sort.Direction.ASC).on("text", Sort.Direction.ASC));
        assertThat(mongo.indexOps(Note.class).getIndexInfo()).anySatisfy(index ->
                assertThat(index.getIndexFields().get(0).getKey()).isEqualTo("tenantId"));
    }

    @Test
    void sharedCollectionsAreDeclaredAndNotScoped() {
        mongo.save(new RegistryEntry("r1", "visible everywhere"));

        assertThat(mongo.findAll(RegistryEntry.class)).hasSize(1);
        assertThat(raw.getCollection("registry").find().first()).doesNotContainKey("tenantId");
    }

    @Test
    void crossWorkspaceAccessIsExplicit() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(new Note("n1", "acme", 1)));
        WorkspaceContext.runAs(GLOBEX, () -> mongo.save(new Note("n2", "globex", 1)));

        List<Note> all = CrossWorkspace.call("test sweep", () -> mongo.findAll(Note.class));

        assertThat(all).hasSize(2);
        assertThatThrownBy(() -> mongo.findAll(Note.class)).isInstanceOf(MissingWorkspaceException.class);
    }

    @Test
    void unscopableOperationsAreRefused() {
        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME,
                () -> mongo.getCollection("note").estimatedDocumentCount()))
                .isInstanceOf(WorkspaceScopeViolationException.class);
    }
}
