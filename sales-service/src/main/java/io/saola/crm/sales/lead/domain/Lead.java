package io.saola.crm.sales.lead.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.sales.api.LeadChanged;
import io.saola.crm.sales.api.LeadConversionFailed;
import io.saola.crm.sales.api.LeadConversionRequested;
import io.saola.crm.sales.api.LeadConverted;
import io.saola.crm.sales.api.LeadCreated;
import io.saola.crm.sales.api.LeadData;
import io.saola.crm.sales.api.LeadDeleted;
import io.saola.crm.sales.api.LeadDisqualified;
import io.saola.crm.sales.api.LeadQualified;
import io.saola.crm.sales.api.LeadRestored;
import io.saola.crm.sales.api.PostalAddress;
import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.record.domain.Address;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.FieldDifferences;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/**
 * A lead. Every change returns the new state with the events it raises; {@code version} counts changes from 0.
 * The status moves only along {@link LeadStatus#next()}, with the reason for the last move kept
 * ({@code statusReason}, e.g. why it was disqualified). A lead in conversion, or converted, refuses edits; its
 * {@code conversion} (the last one) says how far the saga got and, once converted, what the lead became.
 */
public record Lead(String id, LeadDetails details, Ownership ownership, LeadStatus status, String statusReason,
                   Stamps stamps, LeadConversion conversion, long version) {

    public static Changed<Lead> create(String id, LeadDetails details, Ownership ownership, Origin origin) {
        Lead lead = new Lead(id, details, ownership, LeadStatus.NEW, null, Stamps.created(origin), null, 0);
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
                conversion, version + 1);
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
        Lead moved = new Lead(id, details, ownership, next, reason, stamps.updated(origin), conversion,
                version + 1);
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
        Lead deleted = new Lead(id, details, ownership, status, statusReason, stamps.deleted(origin), conversion,
                version + 1);
        return new Changed<>(deleted, List.of(new LeadDeleted(UUID.randomUUID(), origin.workspace(), id,
                deleted.version, origin.at(), origin.userId())));
    }

    public Changed<Lead> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Lead " + id + " is not deleted");
        }
        Lead restored = new Lead(id, details, ownership, status, statusReason, stamps.restored(origin),
                conversion, version + 1);
        return new Changed<>(restored, List.of(new LeadRestored(UUID.randomUUID(), origin.workspace(), id,
                restored.version, origin.at(), origin.userId(), restored.data())));
    }

    /**
     * Starts converting the lead: it becomes CONVERTING, remembering the status a failure returns it to, and asks
     * customer-service for the account (and, for B2B, the contact) in the same write. A lead that is not new,
     * worked or qualified, or already converting, refuses.
     */
    public Changed<Lead> requestConversion(String conversionId, ConversionTerms terms, Instant retryAt,
                                           Instant giveUpAt, Origin origin) {
        if (isDeleted()) {
            throw new IllegalStateException("Lead " + id + " is deleted");
        }
        if (!status.canStartConversion()) {
            throw new IllegalStateException("Lead " + id + " is " + status + " and cannot be converted");
        }
        if (terms.existingContactId() != null && details.kind() != LeadKind.B2B) {
            throw new IllegalArgumentException("Only a B2B lead is converted into an existing contact");
        }
        LeadConversion started = LeadConversion.requested(conversionId, status, origin.userId(), origin.at(),
                retryAt, giveUpAt, terms);
        Lead converting = new Lead(id, details, ownership, LeadStatus.CONVERTING, null, stamps.updated(origin),
                started, version + 1);
        return new Changed<>(converting, List.of(converting.conversionRequested(origin)));
    }

    /** Whether the lead is converting right now, in the conversion {@code conversionId}. */
    public boolean isConverting(String conversionId) {
        return status == LeadStatus.CONVERTING && conversion != null && conversion.isRunning()
                && conversion.id().equals(conversionId);
    }

    /** Whether the conversion {@code conversionId} converted this lead. */
    public boolean isConvertedBy(String conversionId) {
        return status == LeadStatus.CONVERTED && conversion != null && conversion.id().equals(conversionId);
    }

    /** Asks customer-service again, for the same conversion (next attempt), since no answer came in time. */
    public Changed<Lead> requestConversionAgain(Instant nextRetryAt, Origin origin) {
        requireConverting(conversion == null ? null : conversion.id());
        Lead asked = new Lead(id, details, ownership, status, statusReason, stamps.updated(origin),
                conversion.askedAgain(nextRetryAt), version + 1);
        return new Changed<>(asked, List.of(asked.conversionRequested(origin)));
    }

    /** Finishes the conversion: CONVERTED for good, linked to the account, contact and opportunity it produced. */
    public Changed<Lead> completeConversion(String conversionId, String accountId, String contactId,
                                            String opportunityId, Origin origin) {
        requireConverting(conversionId);
        Lead converted = new Lead(id, details, ownership, LeadStatus.CONVERTED, null, stamps.updated(origin),
                conversion.converted(origin.at(), accountId, contactId, opportunityId), version + 1);
        return new Changed<>(converted, List.of(new LeadConverted(UUID.randomUUID(), origin.workspace(), id,
                converted.version, origin.at(), conversionId, accountId, contactId, opportunityId,
                conversion.requestedBy())));
    }

    /**
     * Ends the conversion as failed: the lead goes back to the status it had before, with the reason, and
     * customer-service is told to undo what it did.
     */
    public Changed<Lead> failConversion(String conversionId, String reason, String message, Origin origin) {
        requireConverting(conversionId);
        LeadStatus restored = conversion.previousStatus();
        Lead failed = new Lead(id, details, ownership, restored, "Conversion failed (" + reason + ")"
                + (message == null ? "" : ": " + message), stamps.updated(origin),
                conversion.failed(origin.at(), reason, message), version + 1);
        return new Changed<>(failed, List.of(new LeadConversionFailed(UUID.randomUUID(), origin.workspace(), id,
                failed.version, origin.at(), conversionId, reason, message, restored.name())));
    }

    /**
     * Tells customer-service again that {@code conversionId} is over, because an answer for it came after the
     * lead stopped running it; the lead itself does not change.
     */
    public Changed<Lead> repeatConversionFailure(String conversionId, Origin origin) {
        if (isConverting(conversionId) || isConvertedBy(conversionId)) {
            throw new IllegalStateException("Conversion " + conversionId + " of lead " + id + " is not over");
        }
        boolean last = conversion != null && conversion.id().equals(conversionId)
                && conversion.state() == ConversionState.FAILED;
        String reason = last ? conversion.failureReason() : ConversionFailure.SUPERSEDED;
        String message = last ? conversion.failureMessage()
                : "Lead " + id + " no longer runs conversion " + conversionId;
        LeadStatus restored = last ? conversion.previousStatus()
                : status == LeadStatus.CONVERTING ? conversion.previousStatus() : status;
        Lead same = new Lead(id, details, ownership, status, statusReason, stamps, conversion, version + 1);
        return new Changed<>(same, List.of(new LeadConversionFailed(UUID.randomUUID(), origin.workspace(), id,
                same.version, origin.at(), conversionId, reason, message, restored.name())));
    }

    private LeadConversionRequested conversionRequested(Origin origin) {
        LeadDetails d = details;
        Address a = d.address();
        ConversionTerms terms = conversion.terms();
        return new LeadConversionRequested(UUID.randomUUID(), origin.workspace(), id, version, origin.at(),
                conversion.id(), conversion.attempt(), d.kind().name(), conversion.requestedBy(),
                ownership.ownerId(), ownership.teamId(), d.personName(), d.company(), d.title(), d.email(),
                d.mobile(), d.phone(),
                a == null ? null : new PostalAddress(a.street(), a.ward(), a.district(), a.city(), a.country()),
                d.description(), d.source() == null ? null : d.source().name(), terms.existingAccountId(),
                terms.existingContactId());
    }

    private void requireConverting(String conversionId) {
        if (!isConverting(conversionId)) {
            throw new IllegalStateException("Lead " + id + " is not converting in conversion " + conversionId);
        }
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
