package io.saola.crm.salesdata.numbering.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.domain.Sort;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.mongo.TestMongoStore;

/** The numbering rule on the store itself: a failed insert spends no number, a taken number is skipped. */
class NumberedInsertsTest {

    @RegisterExtension
    static TestMongoStore store = new TestMongoStore();

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    private MongoTemplate mongo;
    private NumberedInserts numbers;

    @Document("numbered")
    record Numbered(@Id String id, int numberYear, long numberSequence) {
    }

    @BeforeEach
    void store() {
        mongo = store.workspaceScopedTemplate(TestMongoStore.uniqueDatabase("numbers"), Numbered.class);
        mongo.indexOps(Numbered.class).createIndex(new Index().on("tenantId", Sort.Direction.ASC)
                .on("numberYear", Sort.Direction.ASC).on("numberSequence", Sort.Direction.ASC).unique());
        numbers = new NumberedInserts(mongo);
    }

    @Test
    void countsFromOnePerWorkspaceAndYear() {
        WorkspaceContext.runAs(ACME, () -> {
            assertThat(insert("a", 2026).numberSequence()).isEqualTo(1);
            assertThat(insert("b", 2026).numberSequence()).isEqualTo(2);
            assertThat(insert("c", 2027).numberSequence()).isEqualTo(1);
        });
        WorkspaceContext.runAs(GLOBEX, () -> assertThat(insert("d", 2026).numberSequence()).isEqualTo(1));
    }

    @Test
    void aDocumentThatFailsBeforeItsInsertSpendsNoNumber() {
        WorkspaceContext.runAs(ACME, () -> {
            insert("a", 2026);
            assertThatThrownBy(() -> numbers.insertNext(Numbered.class, 2026, sequence -> {
                throw new IllegalArgumentException("refused while building number " + sequence);
            })).hasMessageContaining("number 2");
            assertThat(insert("b", 2026).numberSequence()).isEqualTo(2);
        });
    }

    @Test
    void aNumberTakenByAnotherInstanceMeanwhileIsSkippedNotDuplicated() {
        AtomicBoolean raced = new AtomicBoolean();
        WorkspaceContext.runAs(ACME, () -> {
            insert("a", 2026);
            Numbered mine = numbers.insertNext(Numbered.class, 2026, sequence -> {
                if (raced.compareAndSet(false, true)) {
                    mongo.insert(new Numbered("other-instance", 2026, sequence));
                }
                return new Numbered("mine", 2026, sequence);
            });
            assertThat(mine.numberSequence()).isEqualTo(3);
            assertThat(mongo.findById("other-instance", Numbered.class).numberSequence()).isEqualTo(2);
        });
    }

    @Test
    void aDuplicateIdIsNotMistakenForATakenNumber() {
        WorkspaceContext.runAs(ACME, () -> {
            insert("same", 2026);
            assertThatThrownBy(() -> insert("same", 2026)).isInstanceOf(DuplicateKeyException.class);
            assertThat(insert("next", 2026).numberSequence()).isEqualTo(2);
        });
    }

    private Numbered insert(String id, int year) {
        return numbers.insertNext(Numbered.class, year, sequence -> new Numbered(id, year, sequence));
    }
}
