package io.saola.crm.sales.opportunity.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.sales.competitor.domain.Competitors;
import io.saola.crm.sales.opportunity.domain.Opportunities;
import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.opportunity.domain.OpportunityStage;
import io.saola.crm.sales.partner.domain.Partners;
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

/**
 * Creating, reading, editing, moving through the pipeline, deleting and restoring opportunities, each checked
 * against the member's rights. Competitors, partners and the product an opportunity names must exist here;
 * the account and contact live in customer-service and are taken as given (no synchronous call).
 */
@Service
public class OpportunityManagement {

    private static final String LABEL = RecordType.OPPORTUNITY.label();

    private final Opportunities opportunities;
    private final OpportunityLists lists;
    private final Competitors competitors;
    private final Partners partners;
    private final Products products;
    private final Access access;
    private final Owners owners;
    private final ListScopes scopes;
    private final Clock clock;

    OpportunityManagement(Opportunities opportunities, OpportunityLists lists, Competitors competitors,
                          Partners partners, Products products, Access access, Owners owners, ListScopes scopes,
                          Clock clock) {
        this.opportunities = opportunities;
        this.lists = lists;
        this.competitors = competitors;
        this.partners = partners;
        this.products = products;
        this.access = access;
        this.owners = owners;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** A new open opportunity; with an {@code idempotencyKey} a repeated request answers the first one's. */
    public Opportunity create(WorkspaceMember member, OpportunityDetails details, OpportunityStage stage,
                              Integer probability, String ownerId, String teamId, String idempotencyKey) {
        String id = IdempotencyKeys.recordId(member, "opportunity", idempotencyKey);
        Optional<Opportunity> earlier = IdempotencyKeys.given(idempotencyKey) ? opportunities.find(id)
                : Optional.empty();
        if (earlier.isPresent()) {
            access.requireOn(member, RecordType.OPPORTUNITY, Action.READ, earlier.get().ownership(), id);
            return earlier.get();
        }
        Ownership ownership = owners.forNew(member, RecordType.OPPORTUNITY, ownerId, teamId);
        if (stage != null && stage.isClosed()) {
            throw InvalidFieldsException.of("stage", "a new opportunity starts in an open stage; close it later");
        }
        requireReferences(details);
        try {
            return store(Opportunity.create(id, details, ownership, stage, probability, origin(member)));
        } catch (DuplicateRecordException sameKeyAtOnce) {
            return opportunities.find(id).filter(opportunity -> IdempotencyKeys.given(idempotencyKey))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    public Opportunity get(WorkspaceMember member, String id) {
        Opportunity opportunity = live(id);
        access.requireOn(member, RecordType.OPPORTUNITY, Action.READ, opportunity.ownership(), id);
        return opportunity;
    }

    public Opportunity update(WorkspaceMember member, String id, ExpectedVersion expected,
                              OpportunityDetails details, Integer probability, String ownerId, String teamId) {
        Opportunity opportunity = live(id);
        access.requireOn(member, RecordType.OPPORTUNITY, Action.UPDATE, opportunity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, opportunity.version());
        requireOpen(opportunity, "changed");
        Ownership ownership = owners.forUpdate(member, RecordType.OPPORTUNITY, opportunity.ownership(), ownerId,
                teamId);
        requireReferences(details);
        Changed<Opportunity> revised = opportunity.revise(details, ownership, probability, origin(member));
        return revised.changedAnything() ? store(revised) : opportunity;
    }

    /** Moves an open opportunity to another stage; a closed one, or the same stage, is a 409. */
    public Opportunity moveTo(WorkspaceMember member, String id, ExpectedVersion expected, OpportunityStage next,
                              String reason) {
        Opportunity opportunity = live(id);
        access.requireOn(member, RecordType.OPPORTUNITY, Action.UPDATE, opportunity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, opportunity.version());
        if (!opportunity.stage().canMoveTo(next)) {
            throw new InvalidStateTransitionException(LABEL, id, opportunity.stage(), next, "Opportunity '" + id
                    + "' is " + opportunity.stage() + (opportunity.stage().isClosed() ? ", which is final."
                    : " already."));
        }
        if (next == OpportunityStage.LOST && (reason == null || reason.isBlank())) {
            throw InvalidFieldsException.of("reason", "must say why the opportunity was lost");
        }
        return store(opportunity.moveTo(next, reason, origin(member)));
    }

    /**
     * Closes an open opportunity as won because a contract for it came into force. One already won, lost (final:
     * a person decided), deleted or unknown here is left as it is, so a repeated event changes nothing.
     */
    public boolean wonByContract(String id, Origin origin) {
        Optional<Opportunity> found = opportunities.find(id).filter(opportunity -> !opportunity.isDeleted());
        if (found.isEmpty() || found.get().stage().isClosed()) {
            return false;
        }
        store(found.get().moveTo(OpportunityStage.WON, null, origin));
        return true;
    }

    /**
     * Opens the opportunity a lead's conversion produces (needs analysis), under the id the conversion determines.
     * When that opportunity exists already (the answer redelivered after a crash) it is returned as stored and
     * nothing new is created. The references are taken as the conversion resolved them.
     */
    public Opportunity openForConvertedLead(String id, OpportunityDetails details, Ownership ownership,
                                            Origin origin) {
        Optional<Opportunity> existing = opportunities.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return store(Opportunity.create(id, details, ownership, OpportunityStage.NEEDS_ANALYSIS, null, origin));
        } catch (DuplicateRecordException sameIdAtOnce) {
            return opportunities.find(id).orElseThrow(() -> sameIdAtOnce);
        }
    }

    /**
     * Withdraws (soft-deletes, by {@code origin}) the opportunity a lead's conversion opened when that conversion
     * failed after all; none, or one deleted already, changes nothing. Returns whether it withdrew one.
     */
    public boolean withdrawForFailedConversion(String id, Origin origin) {
        Optional<Opportunity> found = opportunities.find(id).filter(opportunity -> !opportunity.isDeleted());
        if (found.isEmpty()) {
            return false;
        }
        store(found.get().delete(origin));
        return true;
    }

    public void delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Opportunity opportunity = live(id);
        access.requireOn(member, RecordType.OPPORTUNITY, Action.DELETE, opportunity.ownership(), id);
        VersionChecks.require(expected, LABEL, id, opportunity.version());
        store(opportunity.delete(origin(member)));
    }

    public Opportunity restore(WorkspaceMember member, String id) {
        Opportunity opportunity = opportunities.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.OPPORTUNITY, Action.DELETE, opportunity.ownership(), id);
        if (!opportunity.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Opportunity '" + id + "' is not deleted.");
        }
        return store(opportunity.restore(origin(member)));
    }

    public Page<Opportunity> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.OPPORTUNITY, options, request.q()), request,
                OpportunityListFields.FIELDS);
    }

    private void requireReferences(OpportunityDetails details) {
        List<ProblemError> errors = new ArrayList<>();
        Set<String> knownCompetitors = details.competitorIds().isEmpty() ? Set.of()
                : competitors.live(details.competitorIds());
        details.competitorIds().stream().filter(competitor -> !knownCompetitors.contains(competitor)).findFirst()
                .ifPresent(unknown -> errors.add(ProblemError.of("competitorIds", "names no competitor: " + unknown)));
        Set<String> knownPartners = details.partnerIds().isEmpty() ? Set.of() : partners.live(details.partnerIds());
        details.partnerIds().stream().filter(partner -> !knownPartners.contains(partner)).findFirst()
                .ifPresent(unknown -> errors.add(ProblemError.of("partnerIds", "names no partner: " + unknown)));
        if (details.productId() != null && products.find(details.productId()).isEmpty()) {
            errors.add(ProblemError.of("productId", "is not a product of this workspace"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static void requireOpen(Opportunity opportunity, String what) {
        if (opportunity.stage().isClosed()) {
            throw new InvalidStateTransitionException(LABEL, opportunity.id(), opportunity.stage(),
                    opportunity.stage(), "Opportunity '" + opportunity.id() + "' is " + opportunity.stage()
                    + " and cannot be " + what + ".");
        }
    }

    private Opportunity store(Changed<Opportunity> change) {
        opportunities.store(change);
        return change.state();
    }

    private Opportunity live(String id) {
        return opportunities.find(id).filter(opportunity -> !opportunity.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
