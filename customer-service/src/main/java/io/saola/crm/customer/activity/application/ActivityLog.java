package io.saola.crm.customer.activity.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.activity.domain.Activities;
import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.ActivityDetails;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.Contacts;
import io.saola.crm.customer.history.application.RecordHistory;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.application.IdempotencyKeys;
import io.saola.crm.customer.record.application.InvalidFieldException;
import io.saola.crm.customer.record.application.ListCriteria;
import io.saola.crm.customer.record.application.ListScopes;
import io.saola.crm.customer.record.application.Owners;
import io.saola.crm.customer.record.application.VersionChecks;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.ExpectedVersion;
import io.saola.crm.customer.record.domain.ListOptions;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * Logging, editing, reassigning, deleting and listing activities. Activities carry their own owner and team,
 * checked like any record; a record's timeline is the list of its activities, newest first.
 */
@Service
public class ActivityLog {

    private static final String LABEL = RecordType.ACTIVITY.label();

    private final Activities activities;
    private final ActivityLists lists;
    private final Accounts accounts;
    private final Contacts contacts;
    private final Access access;
    private final Owners owners;
    private final ListScopes scopes;
    private final RecordHistory history;
    private final Clock clock;

    ActivityLog(Activities activities, ActivityLists lists, Accounts accounts, Contacts contacts, Access access,
                Owners owners, ListScopes scopes, RecordHistory history, Clock clock) {
        this.activities = activities;
        this.lists = lists;
        this.accounts = accounts;
        this.contacts = contacts;
        this.access = access;
        this.owners = owners;
        this.scopes = scopes;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Logs an activity. On an account or contact, that record must exist and be visible to the member; records
     * of other services (leads, opportunities, tickets) are taken by id, as this service cannot see them. With
     * an {@code idempotencyKey} a repeated request answers the activity the first one logged.
     */
    public Activity log(WorkspaceMember member, ActivityDetails details, String ownerId, String teamId,
                        String idempotencyKey) {
        String id = IdempotencyKeys.recordId(member, "activity", idempotencyKey);
        if (IdempotencyKeys.given(idempotencyKey)) {
            Optional<Activity> earlier = activities.find(id);
            if (earlier.isPresent()) {
                access.requireOn(member, RecordType.ACTIVITY, Action.READ, earlier.get().ownership(), id);
                return earlier.get();
            }
        }
        Ownership ownership = owners.forNew(member, RecordType.ACTIVITY, ownerId, teamId);
        requireVisible(member, details.about());
        Origin origin = origin(member);
        try {
            return store(Activity.log(id, details, ownership, origin), origin);
        } catch (DuplicateRecordException sameKeyAtOnce) {
            return activities.find(id).filter(found -> IdempotencyKeys.given(idempotencyKey))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    public Activity get(WorkspaceMember member, String id) {
        Activity activity = live(id);
        access.requireOn(member, RecordType.ACTIVITY, Action.READ, activity.ownership(), id);
        return activity;
    }

    /** {@code details} builds the new details for the record the activity is about (edits do not move it). */
    public Activity update(WorkspaceMember member, String id, ExpectedVersion expected,
                           Function<RelatedRecord, ActivityDetails> details, String ownerId, String teamId) {
        Activity activity = live(id);
        access.requireOn(member, RecordType.ACTIVITY, Action.UPDATE, activity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, activity.version());
        ActivityDetails next = details.apply(activity.details().about());
        if (next.kind() != activity.details().kind()) {
            throw new InvalidFieldException("kind", "a " + activity.details().kind().name().toLowerCase()
                    + " stays a " + activity.details().kind().name().toLowerCase(), next.kind());
        }
        Ownership ownership = owners.forUpdate(member, RecordType.ACTIVITY, activity.ownership(), ownerId, teamId);
        return revise(activity, next, ownership, member);
    }

    public Activity reassign(WorkspaceMember member, String id, ExpectedVersion expected, String ownerId,
                             String teamId) {
        Activity activity = live(id);
        access.requireOn(member, RecordType.ACTIVITY, Action.UPDATE, activity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, activity.version());
        Ownership ownership = owners.forUpdate(member, RecordType.ACTIVITY, activity.ownership(), ownerId, teamId);
        return revise(activity, activity.details(), ownership, member);
    }

    public Activity delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Activity activity = live(id);
        access.requireOn(member, RecordType.ACTIVITY, Action.DELETE, activity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, activity.version());
        Origin origin = origin(member);
        return store(activity.delete(origin), origin);
    }

    public Activity restore(WorkspaceMember member, String id) {
        Activity activity = activities.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.ACTIVITY, Action.DELETE, activity.ownership(), id);
        if (!activity.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Activity '" + id + "' is not deleted.");
        }
        Origin origin = origin(member);
        return store(activity.restore(origin), origin);
    }

    /** Activities in the member's scope, of one record when {@code about} is given (its timeline). */
    public Page<Activity> list(WorkspaceMember member, ListOptions options, ListRequest request,
                               RelatedRecord about) {
        Criteria scope = scopes.criteria(member, RecordType.ACTIVITY, options, request.q(), "at");
        if (about != null) {
            scope = ListCriteria.all(List.of(scope, Criteria.where("aboutType").is(about.type().name())
                    .and("aboutId").is(about.id())));
        }
        return lists.page(scope, request, ActivityListFields.FIELDS);
    }

    public List<HistoryEntry> history(WorkspaceMember member, String id) {
        Activity activity = activities.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.ACTIVITY, Action.READ, activity.ownership(), id);
        return history.of(RecordType.ACTIVITY, id);
    }

    private void requireVisible(WorkspaceMember member, RelatedRecord about) {
        Optional<Ownership> owner = switch (about.type()) {
            case ACCOUNT -> accounts.find(about.id()).filter(account -> !account.isDeleted())
                    .map(Account::ownership);
            case CONTACT -> contacts.find(about.id()).filter(contact -> !contact.isDeleted())
                    .map(Contact::ownership);
            default -> null;
        };
        if (owner == null) {
            return;
        }
        RecordType type = about.type() == RelatedType.ACCOUNT ? RecordType.ACCOUNT : RecordType.CONTACT;
        boolean visible = owner.map(found -> access.granted(member, type, Action.READ)
                .map(scope -> Access.reaches(member, scope, found)).orElse(false)).orElse(false);
        if (!visible) {
            throw new InvalidFieldException("about", "no such " + type.label(), about.toString());
        }
    }

    private Activity revise(Activity activity, ActivityDetails details, Ownership ownership,
                            WorkspaceMember member) {
        Origin origin = origin(member);
        Changed<Activity> revised = activity.revise(details, ownership, origin);
        return revised.changedAnything() ? store(revised, origin) : activity;
    }

    private Activity store(Changed<Activity> change, Origin origin) {
        activities.store(change);
        Activity activity = change.state();
        history.record(RecordType.ACTIVITY, activity.id(), activity.version(), change, origin);
        return activity;
    }

    private Activity live(String id) {
        return activities.find(id).filter(activity -> !activity.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
