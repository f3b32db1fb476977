package io.saola.crm.identity.workspace.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.identity.workspace.domain.Workspaces;
import io.saola.crm.platform.tenancy.WorkspaceId;

@Repository
class MongoWorkspaces implements Workspaces {

    private final MongoOperations mongo;

    MongoWorkspaces(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Workspace> find(WorkspaceId id) {
        return Optional.ofNullable(mongo.findById(id.slug(), WorkspaceDocument.class)).map(MongoWorkspaces::toDomain);
    }

    @Override
    public boolean add(Workspace workspace) {
        try {
            mongo.insert(toDocument(workspace));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean changeStatus(WorkspaceId id, WorkspaceStatus from, WorkspaceStatus to) {
        return mongo.updateFirst(Query.query(where("_id").is(id.slug()).and("status").is(from.name())),
                new Update().set("status", to.name()).inc("version", 1), WorkspaceDocument.class)
                .getModifiedCount() == 1;
    }

    @Override
    public boolean removeReservation(WorkspaceId id) {
        return mongo.remove(Query.query(where("_id").is(id.slug()).and("status")
                .is(WorkspaceStatus.PROVISIONING.name())), WorkspaceDocument.class).getDeletedCount() == 1;
    }

    @Override
    public boolean update(WorkspaceId id, String name, WorkspaceSettings settings, long expectedVersion) {
        Criteria sameVersion = expectedVersion == 0
                ? new Criteria().orOperator(where("version").is(0L), where("version").exists(false))
                : where("version").is(expectedVersion);
        return mongo.updateFirst(Query.query(new Criteria().andOperator(where("_id").is(id.slug()), sameVersion)),
                new Update().set("name", name).set("locale", settings.locale()).set("timeZone", settings.timeZone())
                        .set("currency", settings.currency()).inc("version", 1), WorkspaceDocument.class)
                .getModifiedCount() == 1;
    }

    private static Workspace toDomain(WorkspaceDocument document) {
        return new Workspace(WorkspaceId.of(document.slug()), document.name(), WorkspaceStatus.valueOf(document.status()),
                new WorkspaceSettings(document.locale(), document.timeZone(), document.currency()),
                document.ownerEmail(), document.createdAt(), document.version() == null ? 0 : document.version());
    }

    private static WorkspaceDocument toDocument(Workspace workspace) {
        return new WorkspaceDocument(workspace.id().slug(), workspace.name(), workspace.status().name(),
                workspace.settings().locale(), workspace.settings().timeZone(), workspace.settings().currency(),
                workspace.ownerEmail(), workspace.createdAt(), null);
    }
}
