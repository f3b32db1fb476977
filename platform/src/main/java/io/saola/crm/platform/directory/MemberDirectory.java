package io.saola.crm.platform.directory;

import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.saola.crm.platform.tenancy.WorkspaceContext;

/**
 * The current workspace's members and teams as identity-service last announced them, kept in the service's own
 * store from identity's events so that checking an owner needs no call to identity. Each member and team carries
 * the aggregate version it was last changed at: an older or repeated event changes nothing, so redeliveries and
 * reordering are harmless.
 * <p>
 * The view lags identity by the time its events take to arrive (normally well under a second): a member who
 * joined a moment ago may not yet be accepted as someone else's pick of owner.
 */
public class MemberDirectory {

    static final String MEMBERS = "directory_members";
    static final String TEAMS = "directory_teams";

    private final MongoOperations mongo;

    public MemberDirectory(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean isActiveMember(String userId) {
        return userId != null && collection(MEMBERS)
                .find(Filters.and(Filters.eq("_id", key(userId)), Filters.eq("active", true))).first() != null;
    }

    public boolean isTeam(String teamId) {
        return teamId != null && collection(TEAMS)
                .find(Filters.and(Filters.eq("_id", key(teamId)), Filters.eq("removed", false))).first() != null;
    }

    /** Records a member's state at {@code version}, unless the view already holds that version or a later one. */
    public void memberChanged(String userId, long version, boolean active) {
        change(MEMBERS, userId, version, Updates.combine(Updates.set("userId", userId),
                Updates.set("active", active)));
    }

    /** Records a team's shape at {@code version}, unless the view already holds that version or a later one. */
    public void teamChanged(String teamId, long version, List<String> memberIds, boolean removed) {
        change(TEAMS, teamId, version, Updates.combine(Updates.set("teamId", teamId),
                Updates.set("memberIds", memberIds == null ? List.of() : List.copyOf(memberIds)),
                Updates.set("removed", removed)));
    }

    private void change(String collection, String id, long version, Bson state) {
        Bson older = Filters.and(Filters.eq("_id", key(id)), Filters.lt("version", version));
        try {
            collection(collection).updateOne(older, Updates.combine(state, Updates.set("version", version)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the id is stored at this version or a later one: the upsert's insert collided with it
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    /** Ids are unique per workspace only: one person is the same user id in each workspace they belong to. */
    private static String key(String id) {
        return WorkspaceContext.require("the workspace directory").slug() + ':' + id;
    }
}
