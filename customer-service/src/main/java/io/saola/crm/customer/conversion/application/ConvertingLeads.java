package io.saola.crm.customer.conversion.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.saola.crm.customer.account.application.AccountManagement;
import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.activity.application.MovingActivities;
import io.saola.crm.customer.activity.domain.ActivityMove;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.contact.application.ContactManagement;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.contact.domain.Contacts;
import io.saola.crm.customer.conversion.domain.ConversionOutcome;
import io.saola.crm.customer.conversion.domain.ConversionPlan;
import io.saola.crm.customer.conversion.domain.ConversionRefusedException;
import io.saola.crm.customer.conversion.domain.ConversionRequest;
import io.saola.crm.customer.conversion.domain.ConversionState;
import io.saola.crm.customer.conversion.domain.FilledField;
import io.saola.crm.customer.conversion.domain.FromLead;
import io.saola.crm.customer.conversion.domain.LeadConversion;
import io.saola.crm.customer.conversion.domain.LeadConversions;
import io.saola.crm.customer.conversion.domain.RejectionReason;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;

/**
 * The customer-side steps of a lead's conversion, each paired with its compensation: make the account
 * ({@code CreateAccountForLead} / remove it) or fill an existing one (/ restore its fields), the same for the B2B
 * contact, move the lead's activities to the account (/ move them back). A system action in the workspace of the
 * event: no member's permissions, no duplicate refusal.
 * <p>
 * Idempotent by construction: the plan (ids, fills) is stored before the first step; the records it makes have
 * ids derived from the conversion id; each step checks the state it finds (insert or find, fill only what is
 * empty, the activity move keyed by the conversion id); the answer is stored with the final state in one write.
 * A crash anywhere and the redelivery that follows end in the same records and the same answer.
 */
@Service
public class ConvertingLeads {

    /** The actor of compensations ({@code deletedBy} of what they remove). */
    public static final String SYSTEM = "customer-service";

    private final LeadConversions conversions;
    private final Accounts accounts;
    private final Contacts contacts;
    private final AccountManagement accountManagement;
    private final ContactManagement contactManagement;
    private final MovingActivities movingActivities;
    private final Clock clock;

    ConvertingLeads(LeadConversions conversions, Accounts accounts, Contacts contacts,
                    AccountManagement accountManagement, ContactManagement contactManagement,
                    MovingActivities movingActivities, Clock clock) {
        this.conversions = conversions;
        this.accounts = accounts;
        this.contacts = contacts;
        this.accountManagement = accountManagement;
        this.contactManagement = contactManagement;
        this.movingActivities = movingActivities;
        this.clock = clock;
    }

    /**
     * {@code LeadConversionRequested}: carries the conversion out, or resumes it where a crash left it, or answers
     * again when it has ended; a conversion already compensated (its failure came first) is left alone.
     */
    public void requested(ConversionRequest request, String workspace) {
        Origin origin = new Origin(workspace, request.actor() == null ? SYSTEM : request.actor(), clock.instant());
        Optional<LeadConversion> known = conversions.find(request.conversionId());
        if (known.isEmpty()) {
            Changed<LeadConversion> planned = plan(request, origin);
            conversions.store(planned);
            if (!planned.state().is(ConversionState.STARTED)) {
                return;
            }
            known = Optional.of(planned.state());
        }
        LeadConversion conversion = known.get();
        switch (conversion.state()) {
            case COMPENSATED -> {
            }
            case DONE, REJECTED -> conversions.store(conversion.answerAgain(origin));
            case STARTED -> carryOut(conversion, request, origin);
        }
    }

    /**
     * {@code LeadConversionFailed}: undoes what the conversion did here. Without a record yet (the failure
     * overtook the request) it leaves a compensated tombstone, so that the late request makes nothing.
     */
    public void failed(String conversionId, String leadId, String workspace) {
        Origin system = new Origin(workspace, SYSTEM, clock.instant());
        Optional<LeadConversion> known = conversions.find(conversionId);
        if (known.isEmpty()) {
            conversions.store(LeadConversion.compensateBeforeStart(conversionId, leadId, system));
            return;
        }
        LeadConversion conversion = known.get();
        if (conversion.is(ConversionState.COMPENSATED)) {
            return;
        }
        ConversionOutcome undone = conversion.is(ConversionState.REJECTED) ? ConversionOutcome.nothing()
                : undo(conversion, system);
        conversions.store(conversion.compensate(undone, system));
    }

    /** The plan, from the lead's data and the existing records it names; a refusal when they do not resolve. */
    private Changed<LeadConversion> plan(ConversionRequest request, Origin origin) {
        String id = request.conversionId();
        try {
            FromLead.requireOwner(request);
            AccountDetails fromLead = FromLead.account(request);
            List<FilledField> fills = new ArrayList<>();
            String accountId = LeadConversion.accountIdFor(id);
            boolean accountCreated = request.existingAccountId() == null;
            boolean accountHasPrimary = false;
            if (!accountCreated) {
                Account existing = liveAccount(request.existingAccountId());
                accountId = existing.id();
                fills.addAll(FromLead.accountFills(existing.details(), fromLead));
                accountHasPrimary = existing.details().primaryContactId() != null
                        || !contacts.primaryOf(accountId).isEmpty();
            }
            String contactId = null;
            boolean contactCreated = false;
            boolean contactPrimary = false;
            if (request.isB2b()) {
                ContactDetails contactFromLead = FromLead.contact(request, accountId, false);
                if (request.existingContactId() == null) {
                    contactId = LeadConversion.contactIdFor(id);
                    contactCreated = true;
                    contactPrimary = !accountHasPrimary;
                } else {
                    Contact existing = liveContact(request.existingContactId());
                    String ofAccount = existing.details().accountId();
                    if (ofAccount != null && !ofAccount.equals(accountId)) {
                        throw new ConversionRefusedException(RejectionReason.CONTACT_NOT_OF_ACCOUNT, "Contact '"
                                + existing.id() + "' belongs to another account than '" + accountId + "'");
                    }
                    contactId = existing.id();
                    fills.addAll(FromLead.contactFills(existing.details(), contactFromLead));
                }
            }
            return LeadConversion.start(id, request.leadId(), new ConversionPlan(accountId, accountCreated, contactId,
                    contactCreated, contactPrimary, fills), origin);
        } catch (ConversionRefusedException refused) {
            return LeadConversion.rejectAtOnce(id, request.leadId(), refused.reason(), refused.getMessage(), origin);
        }
    }

    /** The steps of the stored plan, each safe to run again; then the answer with the final state. */
    private void carryOut(LeadConversion conversion, ConversionRequest request, Origin origin) {
        ConversionPlan plan = conversion.plan();
        try {
            Ownership ownership = new Ownership(request.ownerId(), request.teamId());
            AccountDetails accountFromLead = FromLead.account(request);
            if (plan.accountCreated()) {
                accountManagement.createForLead(plan.accountId(), accountFromLead, ownership, request.leadId(), origin);
            } else {
                accountManagement.amend(plan.accountId(), current -> FromLead.fill(current, plan.fills(),
                        accountFromLead), origin).orElseThrow(() -> accountNotFound(plan.accountId()));
            }
            if (plan.contactId() != null) {
                ContactDetails contactFromLead = FromLead.contact(request, plan.accountId(), plan.contactPrimary());
                if (plan.contactCreated()) {
                    contactManagement.createForLead(plan.contactId(), contactFromLead, ownership, request.leadId(),
                            origin);
                } else {
                    contactManagement.amend(plan.contactId(), current -> FromLead.fill(current, plan.fills(),
                            contactFromLead), origin).orElseThrow(() -> contactNotFound(plan.contactId()));
                }
            }
            ActivityMove move = movingActivities.move(conversion.id(), lead(conversion), account(plan), origin);
            conversions.store(conversion.finish(move.moved(), origin));
        } catch (ConversionRefusedException refused) {
            undo(conversion, new Origin(origin.workspace(), SYSTEM, origin.at()));
            conversions.store(conversion.reject(refused.reason(), refused.getMessage(), origin));
        }
    }

    /** The compensations of the plan's steps, in reverse order; each safe to run again. */
    private ConversionOutcome undo(LeadConversion conversion, Origin system) {
        ConversionPlan plan = conversion.plan();
        if (plan == null) {
            return ConversionOutcome.nothing();
        }
        int returned = conversion.is(ConversionState.DONE) ? conversion.activitiesMoved()
                : movingActivities.countMoved(conversion.id());
        movingActivities.moveBack(conversion.id(), lead(conversion), account(plan), system);
        List<FilledField> fills = plan.fills();
        int restored = 0;
        boolean contactRemoved = false;
        if (plan.contactId() != null) {
            if (plan.contactCreated()) {
                contactRemoved = contactManagement.removeForLead(plan.contactId(), system);
            } else {
                restored += contactManagement.amend(plan.contactId(), current -> FromLead.restore(current, fills),
                        system).map(contact -> FromLead.emptyAgain(contact.details(), fills)).orElse(0);
            }
        }
        boolean accountRemoved = false;
        if (plan.accountCreated()) {
            accountRemoved = accountManagement.removeForLead(plan.accountId(), system);
        } else {
            restored += accountManagement.amend(plan.accountId(), current -> FromLead.restore(current, fills),
                    system).map(account -> FromLead.emptyAgain(account.details(), fills)).orElse(0);
        }
        return new ConversionOutcome(accountRemoved, contactRemoved, restored, returned);
    }

    private Account liveAccount(String id) {
        return accounts.find(id).filter(account -> !account.isDeleted()).orElseThrow(() -> accountNotFound(id));
    }

    private Contact liveContact(String id) {
        return contacts.find(id).filter(contact -> !contact.isDeleted()).orElseThrow(() -> contactNotFound(id));
    }

    private static ConversionRefusedException accountNotFound(String id) {
        return new ConversionRefusedException(RejectionReason.ACCOUNT_NOT_FOUND, "No account '" + id + "'");
    }

    private static ConversionRefusedException contactNotFound(String id) {
        return new ConversionRefusedException(RejectionReason.CONTACT_NOT_FOUND, "No contact '" + id + "'");
    }

    private static RelatedRecord lead(LeadConversion conversion) {
        return new RelatedRecord(RelatedType.LEAD, conversion.leadId());
    }

    private static RelatedRecord account(ConversionPlan plan) {
        return new RelatedRecord(RelatedType.ACCOUNT, plan.accountId());
    }
}
