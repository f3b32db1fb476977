package io.saola.crm.sales.lead.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadStatus;
import io.saola.crm.sales.lead.domain.Leads;
import io.saola.crm.sales.lead.domain.OpportunitySuggestion;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;
import io.saola.crm.sales.record.application.IdempotencyKeys;
import io.saola.crm.sales.record.application.ListScopes;
import io.saola.crm.sales.record.application.Owners;
import io.saola.crm.sales.record.application.VersionChecks;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.ExpectedVersion;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;

/** Creating, reading, editing, moving, deleting and restoring leads, each checked against the member's rights. */
@Service
public class LeadManagement {

    private static final String LABEL = RecordType.LEAD.label();

    private final Leads leads;
    private final LeadLists lists;
    private final Products products;
    private final Access access;
    private final Owners owners;
    private final ListScopes scopes;
    private final Clock clock;

    LeadManagement(Leads leads, LeadLists lists, Products products, Access access, Owners owners,
                   ListScopes scopes, Clock clock) {
        this.leads = leads;
        this.lists = lists;
        this.products = products;
        this.access = access;
        this.owners = owners;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * A new lead. One with the same e-mail or phone as another live lead is refused with 409 naming it, unless
     * {@code confirmDuplicate}. The product of interest must be one the product view knows and sells. With an
     * {@code idempotencyKey} a repeated request answers the lead the first one created.
     */
    public Lead create(WorkspaceMember member, LeadDetails details, String ownerId, String teamId,
                       boolean confirmDuplicate, String idempotencyKey) {
        String id = IdempotencyKeys.recordId(member, "lead", idempotencyKey);
        Optional<Lead> earlier = IdempotencyKeys.given(idempotencyKey) ? leads.find(id) : Optional.empty();
        if (earlier.isPresent()) {
            access.requireOn(member, RecordType.LEAD, Action.READ, earlier.get().ownership(), id);
            return earlier.get();
        }
        Ownership ownership = owners.forNew(member, RecordType.LEAD, ownerId, teamId);
        requireSellable(details.productOfInterestId());
        if (!confirmDuplicate) {
            refuseDuplicate(details, null);
        }
        try {
            return store(Lead.create(id, details, ownership, origin(member)));
        } catch (DuplicateRecordException sameKeyAtOnce) {
            return leads.find(id).filter(lead -> IdempotencyKeys.given(idempotencyKey))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    public Lead get(WorkspaceMember member, String id) {
        Lead lead = live(id);
        access.requireOn(member, RecordType.LEAD, Action.READ, lead.ownership(), id);
        return lead;
    }

    public Lead update(WorkspaceMember member, String id, ExpectedVersion expected, LeadDetails details,
                       String ownerId, String teamId, boolean confirmDuplicate) {
        Lead lead = live(id);
        access.requireOn(member, RecordType.LEAD, Action.UPDATE, lead.ownership(), id);
        VersionChecks.require(expected, LABEL, id, lead.version());
        requireEditable(lead, "changed");
        Ownership ownership = owners.forUpdate(member, RecordType.LEAD, lead.ownership(), ownerId, teamId);
        if (!Objects.equals(lead.details().productOfInterestId(), details.productOfInterestId())) {
            requireSellable(details.productOfInterestId());
        }
        if (!confirmDuplicate && !sameContactData(lead.details(), details)) {
            refuseDuplicate(details, id);
        }
        Changed<Lead> revised = lead.revise(details, ownership, origin(member));
        return revised.changedAnything() ? store(revised) : lead;
    }

    /** Moves a lead to a status a user may set; a move the status machine does not allow is a 409. */
    public Lead moveTo(WorkspaceMember member, String id, ExpectedVersion expected, LeadStatus next, String reason) {
        Lead lead = live(id);
        access.requireOn(member, RecordType.LEAD, Action.UPDATE, lead.ownership(), id);
        VersionChecks.require(expected, LABEL, id, lead.version());
        requireEditable(lead, "moved by hand");
        if (!next.isSetByHand()) {
            throw new InvalidStateTransitionException(LABEL, id, lead.status(), next, "A lead becomes " + next
                    + " only through its conversion.");
        }
        if (!lead.status().canBecome(next)) {
            throw new InvalidStateTransitionException(LABEL, id, lead.status(), next, "Lead '" + id + "' is "
                    + lead.status() + " and cannot become " + next + "; from " + lead.status() + " it may become "
                    + lead.status().next().stream().filter(LeadStatus::isSetByHand).toList() + ".");
        }
        if (next == LeadStatus.UNQUALIFIED && (reason == null || reason.isBlank())) {
            throw InvalidFieldsException.of("reason", "must say why the lead is not qualified");
        }
        return store(lead.moveTo(next, reason == null || reason.isBlank() ? null : reason.strip(), origin(member)));
    }

    public void delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Lead lead = live(id);
        access.requireOn(member, RecordType.LEAD, Action.DELETE, lead.ownership(), id);
        VersionChecks.require(expected, LABEL, id, lead.version());
        requireEditable(lead, "deleted");
        store(lead.delete(origin(member)));
    }

    public Lead restore(WorkspaceMember member, String id) {
        Lead lead = leads.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.LEAD, Action.DELETE, lead.ownership(), id);
        if (!lead.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Lead '" + id + "' is not deleted.");
        }
        return store(lead.restore(origin(member)));
    }

    public Page<Lead> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.LEAD, options, request.q()), request,
                LeadListFields.FIELDS);
    }

    /** The opportunity each lead's product of interest suggests, by lead id; leads without one are left out. */
    public Map<String, OpportunitySuggestion> suggestions(Collection<Lead> shown) {
        Map<String, Product> known = products.findAll(shown.stream()
                .map(lead -> lead.details().productOfInterestId()).filter(Objects::nonNull).distinct().toList());
        Map<String, OpportunitySuggestion> suggestions = new HashMap<>();
        for (Lead lead : shown) {
            String productId = lead.details().productOfInterestId();
            Product product = productId == null ? null : known.get(productId);
            if (product != null) {
                suggestions.put(lead.id(), OpportunitySuggestion.of(lead.details(), product));
            }
        }
        return suggestions;
    }

    private Lead store(Changed<Lead> change) {
        leads.store(change);
        return change.state();
    }

    private void requireSellable(String productId) {
        if (productId != null && products.find(productId).filter(Product::active).isEmpty()) {
            throw InvalidFieldsException.of("productOfInterestId", "is not a product on sale in this workspace");
        }
    }

    private static void requireEditable(Lead lead, String what) {
        if (!lead.status().isEditable()) {
            throw new InvalidStateTransitionException(LABEL, lead.id(), lead.status(), lead.status(), "Lead '"
                    + lead.id() + "' is " + lead.status() + " and cannot be " + what + ".");
        }
    }

    private void refuseDuplicate(LeadDetails details, String exceptId) {
        leads.findDuplicate(details.email(), Arrays.asList(details.mobile(), details.phone()), exceptId)
                .ifPresent(existing -> {
                    throw new DuplicateRecordException(LABEL, existing.id(), "A lead with the same e-mail or phone "
                            + "number already exists; send confirmDuplicate=true to save this one anyway.");
                });
    }

    private static boolean sameContactData(LeadDetails before, LeadDetails after) {
        return Objects.equals(before.email(), after.email()) && Objects.equals(before.mobile(), after.mobile())
                && Objects.equals(before.phone(), after.phone());
    }

    private Lead live(String id) {
        return leads.find(id).filter(lead -> !lead.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
