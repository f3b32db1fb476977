package io.saola.crm.platform.list.saved;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.saola.crm.platform.list.CursorCodec;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListQuery;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * Members' saved filters of one service. A filter is checked against the list's {@link FilterableFields} when
 * saved (a bad filter or sort is the usual 400) and checked again whenever a list runs with it, so a filter
 * saved before a field was withdrawn fails cleanly instead of reaching the store. Someone else's private filter
 * answers 404; a shared one may be read by everyone but changed only by its owner (403). Auto-configured for every
 * service that uses MongoDB ({@code MongoListQueriesAutoConfiguration}).
 */
public class SavedFilters {

    static final int MAX_PER_LIST = 200;
    private static final String LABEL = "saved filter";
    private static final CursorCodec CHECK_ONLY = CursorCodec.withDefaultKey();

    private final MongoOperations mongo;
    private final Clock clock;

    public SavedFilters(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public SavedFilter create(WorkspaceMember member, String list, FilterableFields fields, SavedFilterDraft draft) {
        check(draft, fields);
        Instant now = clock.instant();
        SavedFilterDocument saved = mongo.insert(new SavedFilterDocument(UUID.randomUUID().toString(), list,
                draft.name().strip(), member.userId(), draft.isShared(), blankToNull(draft.filter()),
                blankToNull(draft.sort()), blankToNull(draft.q()), draft.options(), now, now, null));
        return saved.toFilter();
    }

    /** The member's own filters of {@code list} and those shared with the workspace, by name. */
    public List<SavedFilter> visibleTo(WorkspaceMember member, String list) {
        Query query = new Query(Criteria.where("list").is(list).orOperator(
                Criteria.where("ownerId").is(member.userId()), Criteria.where("shared").is(true)))
                .with(Sort.by("name", "_id")).limit(MAX_PER_LIST);
        return mongo.find(query, SavedFilterDocument.class).stream().map(SavedFilterDocument::toFilter).toList();
    }

    public SavedFilter get(WorkspaceMember member, String list, String id) {
        SavedFilterDocument found = mongo.findById(id, SavedFilterDocument.class);
        if (found == null || !found.list().equals(list)
                || !(found.shared() || found.ownerId().equals(member.userId()))) {
            throw new RecordNotFoundException(LABEL, id);
        }
        return found.toFilter();
    }

    /** Replaces a filter the member owns; {@code expectedVersion} (nullable) guards against lost updates. */
    public SavedFilter update(WorkspaceMember member, String list, FilterableFields fields, String id,
                              Long expectedVersion, SavedFilterDraft draft) {
        SavedFilter current = owned(member, list, id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new PreconditionFailedException(LABEL, id, "\"" + current.version() + "\"");
        }
        check(draft, fields);
        try {
            return mongo.save(new SavedFilterDocument(id, list, draft.name().strip(), current.ownerId(),
                    draft.isShared(), blankToNull(draft.filter()), blankToNull(draft.sort()), blankToNull(draft.q()),
                    draft.options(), current.createdAt(), clock.instant(), current.version())).toFilter();
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new PreconditionFailedException(LABEL, id, null);
        }
    }

    public void delete(WorkspaceMember member, String list, String id) {
        owned(member, list, id);
        mongo.remove(new Query(Criteria.where("_id").is(id)), SavedFilterDocument.class);
    }

    /**
     * The list request a saved filter stands for, combined with what the client sent as well: both filters must
     * hold; the client's sort and search text win over the saved ones.
     */
    public static ListRequest apply(SavedFilter saved, ListRequest request) {
        String filter = saved.filter() == null ? request.filter()
                : request.filter() == null ? saved.filter()
                : "(" + saved.filter() + ") and (" + request.filter() + ")";
        return new ListRequest(filter, request.sort() != null ? request.sort() : saved.sort(), request.cursor(),
                request.limit(), request.q() != null ? request.q() : saved.q());
    }

    private SavedFilter owned(WorkspaceMember member, String list, String id) {
        SavedFilter found = get(member, list, id);
        if (!found.ownerId().equals(member.userId())) {
            throw new ForbiddenOperationException("Only the member who saved this filter may change or delete it.");
        }
        return found;
    }

    private static void check(SavedFilterDraft draft, FilterableFields fields) {
        ListQuery.of(new ListRequest(blankToNull(draft.filter()), blankToNull(draft.sort()), null, null, null),
                fields, CHECK_ONLY);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
