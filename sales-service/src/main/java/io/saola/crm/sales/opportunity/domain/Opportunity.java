package io.saola.crm.sales.opportunity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.sales.api.MoneyAmount;
import io.saola.crm.sales.api.OpportunityChanged;
import io.saola.crm.sales.api.OpportunityCreated;
import io.saola.crm.sales.api.OpportunityData;
import io.saola.crm.sales.api.OpportunityDeleted;
import io.saola.crm.sales.api.OpportunityLost;
import io.saola.crm.sales.api.OpportunityRestored;
import io.saola.crm.sales.api.OpportunityStageChanged;
import io.saola.crm.sales.api.OpportunityWon;
import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.FieldDifferences;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/**
 * An opportunity. It starts in needs analysis unless told otherwise, and its probability follows its stage
 * (the stage's default on every move) unless a user sets it; every move is kept in the stage history. A closed
 * opportunity (won or lost) keeps its fields but refuses edits and moves.
 */
public record Opportunity(String id, OpportunityDetails details, Ownership ownership, OpportunityStage stage,
                          int probability, String lostReason, List<StageChange> stageHistory, Stamps stamps,
                          long version) {

    public Opportunity {
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("A probability is a percentage from 0 to 100");
        }
        stageHistory = List.copyOf(stageHistory);
    }

    /** A new open opportunity; {@code probability} null takes the stage's default. */
    public static Changed<Opportunity> create(String id, OpportunityDetails details, Ownership ownership,
                                              OpportunityStage stage, Integer probability, Origin origin) {
        OpportunityStage first = stage == null ? OpportunityStage.NEEDS_ANALYSIS : stage;
        if (first.isClosed()) {
            throw new IllegalArgumentException("An opportunity starts open");
        }
        Opportunity opportunity = new Opportunity(id, details, ownership, first,
                probability == null ? first.defaultProbability() : probability, null,
                List.of(new StageChange(null, first, origin.userId(), origin.at())), Stamps.created(origin), 0);
        return new Changed<>(opportunity, List.of(new OpportunityCreated(UUID.randomUUID(), origin.workspace(), id,
                0, origin.at(), origin.userId(), opportunity.data())));
    }

    public boolean isDeleted() {
        return stamps.isDeleted();
    }

    /** New details, ownership and probability (null keeps it); no events when nothing changed. */
    public Changed<Opportunity> revise(OpportunityDetails newDetails, Ownership newOwnership, Integer newProbability,
                                       Origin origin) {
        requireOpen();
        Opportunity revised = new Opportunity(id, newDetails, newOwnership, stage,
                newProbability == null ? probability : newProbability, lostReason, stageHistory,
                stamps.updated(origin), version + 1);
        List<String> changed = FieldDifferences.between(fields(), revised.fields());
        if (changed.isEmpty()) {
            return Changed.nothing(this);
        }
        return new Changed<>(revised, List.of(new OpportunityChanged(UUID.randomUUID(), origin.workspace(), id,
                revised.version, origin.at(), changed, origin.userId(), revised.data())));
    }

    /**
     * Moves the opportunity to {@code next}, taking that stage's default probability. Losing needs the reason;
     * winning and losing raise their own events.
     */
    public Changed<Opportunity> moveTo(OpportunityStage next, String reason, Origin origin) {
        requireOpen();
        if (!stage.canMoveTo(next)) {
            throw new IllegalStateException("Opportunity " + id + " cannot move from " + stage + " to " + next);
        }
        if (next == OpportunityStage.LOST && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Losing an opportunity needs the reason");
        }
        List<StageChange> history = new ArrayList<>(stageHistory);
        history.add(new StageChange(stage, next, origin.userId(), origin.at()));
        Opportunity moved = new Opportunity(id, details, ownership, next, next.defaultProbability(),
                next == OpportunityStage.LOST ? reason.strip() : null, history, stamps.updated(origin), version + 1);
        String from = stage.name();
        DomainEvent event = switch (next) {
            case WON -> new OpportunityWon(UUID.randomUUID(), origin.workspace(), id, moved.version, origin.at(),
                    from, origin.userId(), moved.data());
            case LOST -> new OpportunityLost(UUID.randomUUID(), origin.workspace(), id, moved.version, origin.at(),
                    from, moved.lostReason, origin.userId(), moved.data());
            default -> new OpportunityStageChanged(UUID.randomUUID(), origin.workspace(), id, moved.version,
                    origin.at(), from, next.name(), origin.userId(), moved.data());
        };
        return new Changed<>(moved, List.of(event));
    }

    public Changed<Opportunity> delete(Origin origin) {
        if (isDeleted()) {
            throw new IllegalStateException("Opportunity " + id + " is deleted");
        }
        Opportunity deleted = new Opportunity(id, details, ownership, stage, probability, lostReason, stageHistory,
                stamps.deleted(origin), version + 1);
        return new Changed<>(deleted, List.of(new OpportunityDeleted(UUID.randomUUID(), origin.workspace(), id,
                deleted.version, origin.at(), origin.userId())));
    }

    public Changed<Opportunity> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Opportunity " + id + " is not deleted");
        }
        Opportunity restored = new Opportunity(id, details, ownership, stage, probability, lostReason,
                stageHistory, stamps.restored(origin), version + 1);
        return new Changed<>(restored, List.of(new OpportunityRestored(UUID.randomUUID(), origin.workspace(), id,
                restored.version, origin.at(), origin.userId(), restored.data())));
    }

    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.name()).build();
    }

    public OpportunityData data() {
        OpportunityDetails d = details;
        return new OpportunityData(d.name(), d.accountId(), d.contactId(),
                d.amount() == null ? null : new MoneyAmount(d.amount().amount(), d.amount().currency()),
                stage.name(), probability, d.expectedCloseDate(), d.productId(), d.competitorIds(), d.partnerIds(),
                d.sourceLeadId(), lostReason, ownership.ownerId(), ownership.teamId());
    }

    private Map<String, Object> fields() {
        Map<String, Object> fields = details.fields();
        fields.put("probability", probability);
        fields.put("ownerId", ownership.ownerId());
        fields.put("teamId", ownership.teamId());
        return fields;
    }

    private void requireOpen() {
        if (stage.isClosed()) {
            throw new IllegalStateException("Opportunity " + id + " is " + stage + " and cannot be changed");
        }
    }
}
