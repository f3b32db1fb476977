package io.saola.crm.customer.account.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.history.application.RecordHistory;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.application.IdempotencyKeys;
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
import io.saola.crm.platform.list.FilterParser;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoFilters;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

/** Creating, reading, editing, deleting and restoring accounts, each checked against the member's permissions. */
@Service
public class AccountManagement {

    private static final String LABEL = RecordType.ACCOUNT.label();
    private static final int ATTEMPTS = 3;

    private final Accounts accounts;
    private final AccountLists lists;
    private final Access access;
    private final Owners owners;
    private final ListScopes scopes;
    private final RecordHistory history;
    private final Clock clock;

    AccountManagement(Accounts accounts, AccountLists lists, Access access, Owners owners, ListScopes scopes,
                      RecordHistory history, Clock clock) {
        this.accounts = accounts;
        this.lists = lists;
        this.access = access;
        this.owners = owners;
        this.scopes = scopes;
        this.history = history;
        this.clock = clock;
    }

    /**
     * A new account. One with the same e-mail or phone already in the workspace is refused with 409 naming it,
     * unless {@code confirmDuplicate}. With an {@code idempotencyKey} a repeated request answers the account the
     * first one created.
     */
    public Account create(WorkspaceMember member, AccountDetails details, String ownerId, String teamId,
                          String sourceLeadId, boolean confirmDuplicate, String idempotencyKey) {
        String id = IdempotencyKeys.recordId(member, "account", idempotencyKey);
        if (IdempotencyKeys.given(idempotencyKey)) {
            Optional<Account> earlier = accounts.find(id);
            if (earlier.isPresent()) {
                access.requireOn(member, RecordType.ACCOUNT, Action.READ, earlier.get().ownership(), id);
                return earlier.get();
            }
        }
        Ownership ownership = owners.forNew(member, RecordType.ACCOUNT, ownerId, teamId);
        if (!confirmDuplicate) {
            refuseDuplicate(details, null);
        }
        Origin origin = origin(member);
        try {
            return store(Account.create(id, details, ownership, sourceLeadId, origin), origin);
        } catch (DuplicateRecordException sameKeyAtOnce) {
            return accounts.find(id).filter(account -> IdempotencyKeys.given(idempotencyKey))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    /**
     * Creates the account of an imported row under the row's own id; false when that row was imported before.
     * Import needs the import permission; the owner is checked as for a new account.
     */
    public boolean createImported(WorkspaceMember member, String id, AccountDetails details, String ownerId,
                                  String teamId, String sourceLeadId, boolean confirmDuplicate) {
        if (accounts.find(id).isPresent()) {
            return false;
        }
        Ownership ownership = owners.forNew(member, RecordType.ACCOUNT, ownerId, teamId);
        if (!confirmDuplicate) {
            refuseDuplicate(details, null);
        }
        Origin origin = origin(member);
        try {
            store(Account.create(id, details, ownership, sourceLeadId, origin), origin);
            return true;
        } catch (DuplicateRecordException sameRowMeanwhile) {
            return false;
        }
    }

    /**
     * The account a lead's conversion makes under {@code id}: a system action in the current workspace, so no
     * member's permissions and no duplicate refusal. Made once: when it exists already (a replay) that one is
     * answered as it is.
     */
    public Account createForLead(String id, AccountDetails details, Ownership ownership, String sourceLeadId,
                                 Origin origin) {
        Optional<Account> made = accounts.find(id);
        if (made.isPresent()) {
            return made.get();
        }
        try {
            return store(Account.create(id, details, ownership, sourceLeadId, origin), origin);
        } catch (DuplicateRecordException madeMeanwhile) {
            return accounts.find(id).orElseThrow(() -> madeMeanwhile);
        }
    }

    /**
     * Changes the details of a live account as the system (a conversion filling or restoring fields), on its
     * current state, read again when someone changed it meanwhile. Empty when there is no live account.
     */
    public Optional<Account> amend(String id, UnaryOperator<AccountDetails> change, Origin origin) {
        for (int attempt = 1; ; attempt++) {
            Optional<Account> live = accounts.find(id).filter(account -> !account.isDeleted());
            if (live.isEmpty()) {
                return live;
            }
            Account account = live.get();
            Changed<Account> revised = account.revise(change.apply(account.details()), account.ownership(), origin);
            if (!revised.changedAnything()) {
                return live;
            }
            try {
                return Optional.of(store(revised, origin));
            } catch (VersionConflictException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /**
     * Soft-deletes, as the system, an account a conversion made. True when it is deleted now (also when it
     * already was), false when there is no such account.
     */
    public boolean removeForLead(String id, Origin origin) {
        for (int attempt = 1; ; attempt++) {
            Optional<Account> account = accounts.find(id);
            if (account.isEmpty()) {
                return false;
            }
            if (account.get().isDeleted()) {
                return true;
            }
            try {
                store(account.get().delete(origin), origin);
                return true;
            } catch (VersionConflictException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /** Every account of a list (without paging) that the member may also export, newest first;
     * {@code begin} runs once every check has passed, before the first record. */
    public void export(WorkspaceMember member, ListOptions options, String filter, String query, Runnable begin,
                       Consumer<Account> each) {
        Criteria exportable = access.criteria(member, access.require(member, RecordType.ACCOUNT, Action.EXPORT));
        Criteria listed = scopes.criteria(member, RecordType.ACCOUNT, options, query, "createdAt");
        Criteria filtered = FilterParser.parse(filter, AccountListFields.FIELDS).map(MongoFilters::toCriteria)
                .orElse(null);
        begin.run();
        lists.forEach(ListCriteria.all(Arrays.asList(listed, exportable, filtered)), each);
    }

    /**
     * Makes {@code contactId} the primary contact of a live account, and no longer the primary contact of any
     * other account; {@code accountId} null only does the latter. Driven by contact events, so it checks no
     * member's permissions; changing nothing when already so, it may run again safely.
     */
    public void primaryContactIs(String contactId, String accountId, Origin origin) {
        for (Account other : accounts.withPrimaryContact(contactId)) {
            if (!other.id().equals(accountId)) {
                store(other.revise(other.details().withPrimaryContact(null), other.ownership(), origin), origin);
            }
        }
        if (accountId != null) {
            accounts.find(accountId).filter(account -> !account.isDeleted())
                    .filter(account -> !contactId.equals(account.details().primaryContactId()))
                    .ifPresent(account -> store(account.revise(account.details().withPrimaryContact(contactId),
                            account.ownership(), origin), origin));
        }
    }

    public Account get(WorkspaceMember member, String id) {
        Account account = live(id);
        access.requireOn(member, RecordType.ACCOUNT, Action.READ, account.ownership(), id);
        return account;
    }

    public Account update(WorkspaceMember member, String id, ExpectedVersion expected, AccountDetails details,
                          String ownerId, String teamId) {
        Account account = live(id);
        access.requireOn(member, RecordType.ACCOUNT, Action.UPDATE, account.ownership(), id);
        VersionChecks.require(expected, LABEL, id, account.version());
        Ownership ownership = owners.forUpdate(member, RecordType.ACCOUNT, account.ownership(), ownerId, teamId);
        if (!sameContactData(account.details(), details)) {
            refuseDuplicate(details, id);
        }
        Origin origin = origin(member);
        Changed<Account> revised = account.revise(details, ownership, origin);
        return revised.changedAnything() ? store(revised, origin) : account;
    }

    public Account delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Account account = live(id);
        access.requireOn(member, RecordType.ACCOUNT, Action.DELETE, account.ownership(), id);
        VersionChecks.require(expected, LABEL, id, account.version());
        Origin origin = origin(member);
        return store(account.delete(origin), origin);
    }

    public Account restore(WorkspaceMember member, String id) {
        Account account = accounts.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.ACCOUNT, Action.DELETE, account.ownership(), id);
        if (!account.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Account '" + id + "' is not deleted.");
        }
        Origin origin = origin(member);
        return store(account.restore(origin), origin);
    }

    public Page<Account> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.ACCOUNT, options, request.q(), "createdAt"), request,
                AccountListFields.FIELDS);
    }

    public List<HistoryEntry> history(WorkspaceMember member, String id) {
        Account account = accounts.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.ACCOUNT, Action.READ, account.ownership(), id);
        return history.of(RecordType.ACCOUNT, id);
    }

    private Account store(Changed<Account> change, Origin origin) {
        accounts.store(change);
        Account account = change.state();
        history.record(RecordType.ACCOUNT, account.id(), account.version(), change, origin);
        return account;
    }

    private void refuseDuplicate(AccountDetails details, String exceptId) {
        accounts.findDuplicate(details.email(), Arrays.asList(details.phone(), details.mobile()), exceptId)
                .ifPresent(existing -> {
                    throw new DuplicateRecordException(LABEL, existing.id(), "An account with the same e-mail or "
                            + "phone number already exists; send confirmDuplicate=true to save this one anyway.");
                });
    }

    private static boolean sameContactData(AccountDetails before, AccountDetails after) {
        return Objects.equals(before.email(), after.email()) && Objects.equals(before.phone(), after.phone())
                && Objects.equals(before.mobile(), after.mobile());
    }

    private Account live(String id) {
        return accounts.find(id).filter(account -> !account.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
