package io.saola.crm.sales.lead.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.sales.api.LeadChanged;
import io.saola.crm.sales.api.LeadCreated;
import io.saola.crm.sales.api.LeadData;
import io.saola.crm.sales.api.LeadDeleted;
import io.saola.crm.sales.api.LeadDisqualified;
import io.saola.crm.sales.api.LeadQualified;
import io.saola.crm.sales.api.LeadRestored;
import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.FieldDifferences;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/**
 * A lead. Every change returns the new state with the events it raises; {@code version} counts changes from 0.
 * The status moves only along {@link LeadStatus#next()}, with the reason for the last move kept
 * ({@code statusReason}, e.g. why it was disqualified). A lead in conversion, or converted, refuses edits.
 */
public record Lead(String id, LeadDetails details, Ownership ownership, LeadStatus status, String statusReason,
                   Stamps stamps, long version) {

    public static Changed<Lead> create(String id, LeadDetails details, Ownership ownership, Origin origin) {
        Lead lead = new Lead(id, details, ownership, LeadStatus.NEW, null, Stamps.created(origin), 0);
        return new Changed<>(lead, List.of(new LeadCreated(UUID.randomUUID(), origin.workspace(), id, 0,
                origin.at(), origin.userId(), lead.data())));
    }

    public boolean isDeleted() {
        return stamps.isDeleted();
    }

    /** New details and ownership; no events and no new version when nothing changed. */
    public Changed<Lead> revise(LeadDetails newDetails, Ownership newOwnership, Origin origin) {
        requireEditable();
        Lead revised = new Lead(id, newDetails, newOwnership, status, statusReason, stamps.updated(origin),
                version + 1);
        List<String> changed = FieldDifferences.between(fields(), revised.fields());
        if (changed.isEmpty()) {
            return Changed.nothing(this);
        }
        return new Changed<>(revised, List.of(new LeadChanged(UUID.randomUUID(), origin.workspace(), id,
                revised.version, origin.at(), changed, origin.userId(), revised.data())));
    }

    /**
     * Moves the lead to {@code next} by hand, with an optional reason. Qualifying and disqualifying raise their
     * own events; other moves a {@link LeadChanged} of the status.
     */
    public Changed<Lead> moveTo(LeadStatus next, String reason, Origin origin) {
        requireEditable();
        if (!next.isSetByHand() || !status.canBecome(next)) {
            throw new IllegalStateException("Lead " + id + " cannot move from " + status + " to " + next);
        }
        Lead moved = new Lead(id, details, ownership, next, reason, stamps.updated(origin), version + 1);
        DomainEvent event = switch (next) {
            case QUALIFIED -> new LeadQualified(UUID.randomUUID(), origin.workspace(), id, moved.version,
                    origin.at(), origin.userId(), moved.data());
            case UNQUALIFIED -> new LeadDisqualified(UUID.randomUUID(), origin.workspace(), id, moved.version,
                    origin.at(), reason, origin.userId(), moved.data());
            default -> new LeadChanged(UUID.randomUUID(), origin.workspace(), id, moved.version, origin.at(),
                    List.of("status"), origin.userId(), moved.data());
        };
        return new Changed<>(moved, List.of(event));
    }

    public Changed<Lead> delete(Origin origin) {
        requireEditable();
        if (isDeleted()) {
            throw new IllegalStateException("Lead " + id + " is deleted");
        }
        Lead deleted = new Lead(id, details, ownership, status, statusReason, stamps.deleted(origin), version + 1);
        return new Changed<>(deleted, List.of(new LeadDeleted(UUID.randomUUID(), origin.workspace(), id,
                deleted.version, origin.at(), origin.userId())));
    }

    public Changed<Lead> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Lead " + id + " is not deleted");
        }
        Lead restored = new Lead(id, details, ownership, status, statusReason, stamps.restored(origin),
                version + 1);
        return new Changed<>(restored, List.of(new LeadRestored(UUID.randomUUID(), origin.workspace(), id,
                restored.version, origin.at(), origin.userId(), restored.data())));
    }

    /** Name, company, e-mail and phones, as search finds them. */
    public List<String> searchKeys() {
        return SearchKeys.builder().name(details.personName()).name(details.company()).email(details.email())
                .phone(details.mobile()).phone(details.phone()).build();
    }

    public LeadData data() {
        return new LeadData(details.kind().name(), details.personName(), details.company(), details.title(),
                details.email(), details.mobile(), details.phone(),
                details.source() == null ? null : details.source().name(), details.campaignId(),
                details.rating() == null ? null : details.rating().name(), status.name(),
                details.productOfInterestId(), ownership.ownerId(), ownership.teamId());
    }

    private Map<String, Object> fields() {
        Map<String, Object> fields = details.fields();
        fields.put("ownerId", ownership.ownerId());
        fields.put("teamId", ownership.teamId());
        return fields;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalStateException("Lead " + id + " is " + status + " and cannot be changed");
        }
    }
}
