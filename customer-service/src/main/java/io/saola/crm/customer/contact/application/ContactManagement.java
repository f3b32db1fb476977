package io.saola.crm.customer.contact.application;

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
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.ContactDetails;
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
import io.saola.crm.platform.list.FilterParser;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoFilters;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

/**
 * Creating, reading, editing, deleting and restoring contacts. A contact's account must be one the member can
 * see; marking a contact primary takes the mark from the account's previous primary contact.
 */
@Service
public class ContactManagement {

    private static final String LABEL = RecordType.CONTACT.label();
    private static final int RENAME_BATCH = 200;
    private static final int ATTEMPTS = 3;

    private final Contacts contacts;
    private final ContactLists lists;
    private final Accounts accounts;
    private final Access access;
    private final Owners owners;
    private final ListScopes scopes;
    private final RecordHistory history;
    private final Clock clock;

    ContactManagement(Contacts contacts, ContactLists lists, Accounts accounts, Access access, Owners owners,
                      ListScopes scopes, RecordHistory history, Clock clock) {
        this.contacts = contacts;
        this.lists = lists;
        this.accounts = accounts;
        this.access = access;
        this.owners = owners;
        this.scopes = scopes;
        this.history = history;
        this.clock = clock;
    }

    /** A new contact; with an {@code idempotencyKey} a repeated request answers the contact the first created. */
    public Contact create(WorkspaceMember member, ContactDetails details, String ownerId, String teamId,
                          String sourceLeadId, boolean confirmDuplicate, String idempotencyKey) {
        String id = IdempotencyKeys.recordId(member, "contact", idempotencyKey);
        if (IdempotencyKeys.given(idempotencyKey)) {
            Optional<Contact> earlier = contacts.find(id);
            if (earlier.isPresent()) {
                access.requireOn(member, RecordType.CONTACT, Action.READ, earlier.get().ownership(), id);
                return earlier.get();
            }
        }
        Ownership ownership = owners.forNew(member, RecordType.CONTACT, ownerId, teamId);
        String company = companyOf(member, details.accountId());
        if (!confirmDuplicate) {
            refuseDuplicate(details, null);
        }
        Origin origin = origin(member);
        Contact contact;
        try {
            contact = store(Contact.create(id, details, company, ownership, sourceLeadId, origin), origin);
        } catch (DuplicateRecordException sameKeyAtOnce) {
            return contacts.find(id).filter(found -> IdempotencyKeys.given(idempotencyKey))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
        takePrimaryFromOthers(contact, origin);
        return contact;
    }

    /** Creates the contact of an imported row under the row's own id; false when it was imported before. */
    public boolean createImported(WorkspaceMember member, String id, ContactDetails details, String ownerId,
                                  String teamId, boolean confirmDuplicate) {
        if (contacts.find(id).isPresent()) {
            return false;
        }
        Ownership ownership = owners.forNew(member, RecordType.CONTACT, ownerId, teamId);
        String company = companyOf(member, details.accountId());
        if (!confirmDuplicate) {
            refuseDuplicate(details, null);
        }
        Origin origin = origin(member);
        try {
            Contact contact = store(Contact.create(id, details, company, ownership, null, origin), origin);
            takePrimaryFromOthers(contact, origin);
            return true;
        } catch (DuplicateRecordException sameRowMeanwhile) {
            return false;
        }
    }

    /**
     * The contact a lead's conversion makes under {@code id}, in its account: a system action in the current
     * workspace, so no member's permissions and no duplicate refusal. Made once: when it exists already (a
     * replay) that one is answered. A primary contact takes the mark from the account's other contacts.
     */
    public Contact createForLead(String id, ContactDetails details, Ownership ownership, String sourceLeadId,
                                 Origin origin) {
        Optional<Contact> made = contacts.find(id);
        if (made.isEmpty()) {
            String company = details.accountId() == null ? null : accounts.find(details.accountId())
                    .map(account -> account.details().name()).orElse(null);
            try {
                made = Optional.of(store(Contact.create(id, details, company, ownership, sourceLeadId, origin),
                        origin));
            } catch (DuplicateRecordException madeMeanwhile) {
                made = Optional.of(contacts.find(id).orElseThrow(() -> madeMeanwhile));
            }
        }
        Contact contact = made.get();
        if (!contact.isDeleted()) {
            takePrimaryFromOthers(contact, origin);
        }
        return contact;
    }

    /**
     * Changes the details of a live contact as the system (a conversion filling or restoring fields), on its
     * current state, read again when someone changed it meanwhile. Empty when there is no live contact.
     */
    public Optional<Contact> amend(String id, UnaryOperator<ContactDetails> change, Origin origin) {
        for (int attempt = 1; ; attempt++) {
            Optional<Contact> live = contacts.find(id).filter(contact -> !contact.isDeleted());
            if (live.isEmpty()) {
                return live;
            }
            Contact contact = live.get();
            ContactDetails changed = change.apply(contact.details());
            String company = Objects.equals(changed.accountId(), contact.details().accountId()) ? contact.company()
                    : changed.accountId() == null ? null : accounts.find(changed.accountId())
                            .map(account -> account.details().name()).orElse(null);
            Changed<Contact> revised = contact.revise(changed, company, contact.ownership(), origin);
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
     * Soft-deletes, as the system, a contact a conversion made. True when it is deleted now (also when it
     * already was), false when there is no such contact.
     */
    public boolean removeForLead(String id, Origin origin) {
        for (int attempt = 1; ; attempt++) {
            Optional<Contact> contact = contacts.find(id);
            if (contact.isEmpty()) {
                return false;
            }
            if (contact.get().isDeleted()) {
                return true;
            }
            try {
                store(contact.get().delete(origin), origin);
                return true;
            } catch (VersionConflictException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /** Every contact of a list (without paging) that the member may also export, newest first;
     * {@code begin} runs once every check has passed, before the first record. */
    public void export(WorkspaceMember member, ListOptions options, String filter, String query, Runnable begin,
                       Consumer<Contact> each) {
        Criteria exportable = access.criteria(member, access.require(member, RecordType.CONTACT, Action.EXPORT));
        Criteria listed = scopes.criteria(member, RecordType.CONTACT, options, query, "createdAt");
        Criteria filtered = FilterParser.parse(filter, ContactListFields.FIELDS).map(MongoFilters::toCriteria)
                .orElse(null);
        begin.run();
        lists.forEach(ListCriteria.all(Arrays.asList(listed, exportable, filtered)), each);
    }

    /**
     * Carries an account's new name to its contacts (their company, and so their search keys). Idempotent:
     * contacts that already carry the name are left alone.
     */
    public int companyRenamed(String accountId, String newName, Origin origin) {
        int renamed = 0;
        String after = null;
        List<Contact> batch;
        do {
            batch = contacts.ofAccount(accountId, after, RENAME_BATCH);
            for (Contact contact : batch) {
                Optional<Changed<Contact>> change = contact.companyRenamed(newName, origin);
                if (change.isPresent()) {
                    store(change.get(), origin);
                    renamed++;
                }
                after = contact.id();
            }
        } while (batch.size() == RENAME_BATCH);
        return renamed;
    }

    public Contact get(WorkspaceMember member, String id) {
        Contact contact = live(id);
        access.requireOn(member, RecordType.CONTACT, Action.READ, contact.ownership(), id);
        return contact;
    }

    public Contact update(WorkspaceMember member, String id, ExpectedVersion expected, ContactDetails details,
                          String ownerId, String teamId) {
        Contact contact = live(id);
        access.requireOn(member, RecordType.CONTACT, Action.UPDATE, contact.ownership(), id);
        VersionChecks.require(expected, LABEL, id, contact.version());
        Ownership ownership = owners.forUpdate(member, RecordType.CONTACT, contact.ownership(), ownerId, teamId);
        String company = Objects.equals(details.accountId(), contact.details().accountId()) ? contact.company()
                : companyOf(member, details.accountId());
        if (!sameContactData(contact.details(), details)) {
            refuseDuplicate(details, id);
        }
        Origin origin = origin(member);
        Changed<Contact> revised = contact.revise(details, company, ownership, origin);
        if (!revised.changedAnything()) {
            return contact;
        }
        Contact stored = store(revised, origin);
        takePrimaryFromOthers(stored, origin);
        return stored;
    }

    public Contact delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Contact contact = live(id);
        access.requireOn(member, RecordType.CONTACT, Action.DELETE, contact.ownership(), id);
        VersionChecks.require(expected, LABEL, id, contact.version());
        Origin origin = origin(member);
        return store(contact.delete(origin), origin);
    }

    public Contact restore(WorkspaceMember member, String id) {
        Contact contact = contacts.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.CONTACT, Action.DELETE, contact.ownership(), id);
        if (!contact.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Contact '" + id + "' is not deleted.");
        }
        Origin origin = origin(member);
        return store(contact.restore(origin), origin);
    }

    public Page<Contact> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.CONTACT, options, request.q(), "createdAt"), request,
                ContactListFields.FIELDS);
    }

    public List<HistoryEntry> history(WorkspaceMember member, String id) {
        Contact contact = contacts.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.CONTACT, Action.READ, contact.ownership(), id);
        return history.of(RecordType.CONTACT, id);
    }

    private String companyOf(WorkspaceMember member, String accountId) {
        if (accountId == null) {
            return null;
        }
        Account account = accounts.find(accountId).filter(found -> !found.isDeleted())
                .filter(found -> access.granted(member, RecordType.ACCOUNT, Action.READ)
                        .map(scope -> Access.reaches(member, scope, found.ownership())).orElse(false))
                .orElseThrow(() -> new InvalidFieldException("accountId", "no such account", accountId));
        return account.details().name();
    }

    private void takePrimaryFromOthers(Contact contact, Origin origin) {
        if (!contact.details().primary()) {
            return;
        }
        for (Contact other : contacts.primaryOf(contact.details().accountId())) {
            if (!other.id().equals(contact.id())) {
                store(other.revise(other.details().withPrimary(false), other.company(), other.ownership(), origin),
                        origin);
            }
        }
    }

    private Contact store(Changed<Contact> change, Origin origin) {
        contacts.store(change);
        Contact contact = change.state();
        history.record(RecordType.CONTACT, contact.id(), contact.version(), change, origin);
        return contact;
    }

    private void refuseDuplicate(ContactDetails details, String exceptId) {
        contacts.findDuplicate(details.email(), Arrays.asList(details.mobile(), details.phone()), exceptId)
                .ifPresent(existing -> {
                    throw new DuplicateRecordException(LABEL, existing.id(), "A contact with the same e-mail or "
                            + "phone number already exists; send confirmDuplicate=true to save this one anyway.");
                });
    }

    private static boolean sameContactData(ContactDetails before, ContactDetails after) {
        return Objects.equals(before.email(), after.email()) && Objects.equals(before.phone(), after.phone())
                && Objects.equals(before.mobile(), after.mobile());
    }

    private Contact live(String id) {
        return contacts.find(id).filter(contact -> !contact.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
