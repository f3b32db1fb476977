package io.saola.crm.customer.conversion.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.customer.api.AccountCreatedForLead;
import io.saola.crm.customer.api.LeadConversionCompensated;
import io.saola.crm.customer.api.LeadConversionRejected;
import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.events.DomainEvent;

/**
 * The customer side of one lead conversion, known by the conversion id sales-service chose. It is written with
 * its plan before any step is taken, and with its answer to sales-service (an event) when it ends; each change
 * returns the new state with the events it raises. {@code plan} is null when it was rejected or compensated
 * before it started; {@code outcome} is set once compensated.
 */
public record LeadConversion(String id, String leadId, ConversionState state, ConversionPlan plan,
                             int activitiesMoved, RejectionReason rejectionReason, String rejectionMessage,
                             ConversionOutcome outcome, String actor, Instant startedAt, Instant finishedAt,
                             long version) {

    /** The id of the account a conversion makes: the same for every replay and attempt of that conversion. */
    public static String accountIdFor(String conversionId) {
        return idFor("account", conversionId);
    }

    /** The id of the contact a conversion makes. */
    public static String contactIdFor(String conversionId) {
        return idFor("contact", conversionId);
    }

    /** The plan is stored; the steps follow. */
    public static Changed<LeadConversion> start(String id, String leadId, ConversionPlan plan, Origin origin) {
        LeadConversion started = new LeadConversion(id, leadId, ConversionState.STARTED, plan, 0, null, null, null,
                origin.userId(), origin.at(), null, 0);
        return new Changed<>(started, ChangeKind.CREATED, List.of(), List.of());
    }

    /** Refused before anything was made. */
    public static Changed<LeadConversion> rejectAtOnce(String id, String leadId, RejectionReason reason,
                                                       String message, Origin origin) {
        LeadConversion rejected = new LeadConversion(id, leadId, ConversionState.REJECTED, null, 0, reason, message,
                null, origin.userId(), origin.at(), origin.at(), 0);
        return new Changed<>(rejected, ChangeKind.CREATED, List.of(rejected.rejected(origin)), List.of());
    }

    /**
     * The conversion failed before its request was ever handled here: a tombstone, so that the request, when it
     * comes late, makes nothing.
     */
    public static Changed<LeadConversion> compensateBeforeStart(String id, String leadId, Origin origin) {
        LeadConversion tombstone = new LeadConversion(id, leadId, ConversionState.COMPENSATED, null, 0, null, null,
                ConversionOutcome.nothing(), origin.userId(), origin.at(), origin.at(), 0);
        return new Changed<>(tombstone, ChangeKind.CREATED, List.of(tombstone.compensated(origin)), List.of());
    }

    /** Every step is done: sales-service is told which account and contact the lead became. */
    public Changed<LeadConversion> finish(int moved, Origin origin) {
        requireState(ConversionState.STARTED);
        LeadConversion done = new LeadConversion(id, leadId, ConversionState.DONE, plan, moved, null, null, null,
                actor, startedAt, origin.at(), version + 1);
        return new Changed<>(done, ChangeKind.UPDATED, List.of(done.accountCreated(origin)), List.of());
    }

    /** What was made is undone again, and the conversion refused. */
    public Changed<LeadConversion> reject(RejectionReason reason, String message, Origin origin) {
        requireState(ConversionState.STARTED);
        LeadConversion rejected = new LeadConversion(id, leadId, ConversionState.REJECTED, plan, 0, reason, message,
                null, actor, startedAt, origin.at(), version + 1);
        return new Changed<>(rejected, ChangeKind.UPDATED, List.of(rejected.rejected(origin)), List.of());
    }

    /** The same conversion was requested again after it ended: the same answer again (sales is idempotent). */
    public Changed<LeadConversion> answerAgain(Origin origin) {
        DomainEvent answer = switch (state) {
            case DONE -> accountCreated(origin, version + 1);
            case REJECTED -> rejected(origin, version + 1);
            default -> throw new IllegalStateException("Conversion " + id + " has no answer while " + state);
        };
        LeadConversion answered = new LeadConversion(id, leadId, state, plan, activitiesMoved, rejectionReason,
                rejectionMessage, outcome, actor, startedAt, finishedAt, version + 1);
        return new Changed<>(answered, ChangeKind.UPDATED, List.of(answer), List.of());
    }

    /** The conversion failed and what this side did is undone. */
    public Changed<LeadConversion> compensate(ConversionOutcome undone, Origin origin) {
        if (state == ConversionState.COMPENSATED) {
            throw new IllegalStateException("Conversion " + id + " is already compensated");
        }
        LeadConversion compensated = new LeadConversion(id, leadId, ConversionState.COMPENSATED, plan,
                activitiesMoved, rejectionReason, rejectionMessage, undone, actor, startedAt, origin.at(),
                version + 1);
        return new Changed<>(compensated, ChangeKind.UPDATED, List.of(compensated.compensated(origin)), List.of());
    }

    public boolean is(ConversionState expected) {
        return state == expected;
    }

    private DomainEvent accountCreated(Origin origin) {
        return accountCreated(origin, version);
    }

    private DomainEvent accountCreated(Origin origin, long atVersion) {
        return new AccountCreatedForLead(UUID.randomUUID(), origin.workspace(), id, atVersion, origin.at(), leadId,
                id, plan.accountId(), plan.contactId(), plan.accountCreated(), plan.contactCreated(),
                activitiesMoved);
    }

    private DomainEvent rejected(Origin origin) {
        return rejected(origin, version);
    }

    private DomainEvent rejected(Origin origin, long atVersion) {
        return new LeadConversionRejected(UUID.randomUUID(), origin.workspace(), id, atVersion, origin.at(), leadId,
                id, rejectionReason.name(), rejectionMessage);
    }

    private DomainEvent compensated(Origin origin) {
        return new LeadConversionCompensated(UUID.randomUUID(), origin.workspace(), id, version, origin.at(), leadId,
                id, outcome.accountRemoved(), outcome.contactRemoved(), outcome.fieldsRestored(),
                outcome.activitiesReturned());
    }

    private static String idFor(String kind, String conversionId) {
        return UUID.nameUUIDFromBytes((kind + ":" + conversionId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void requireState(ConversionState expected) {
        if (state != expected) {
            throw new IllegalStateException("Conversion " + id + " is " + state + ", not " + expected);
        }
    }
}
