package io.saola.crm.sales.lead.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.sales.contactdata.domain.PhoneNumbers;
import io.saola.crm.sales.lead.domain.ConversionFailure;
import io.saola.crm.sales.lead.domain.ConversionTerms;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadConversion;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadStatus;
import io.saola.crm.sales.lead.domain.Leads;
import io.saola.crm.sales.lead.domain.OpportunitySuggestion;
import io.saola.crm.sales.opportunity.application.OpportunityManagement;
import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;
import io.saola.crm.sales.record.application.VersionChecks;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.ExpectedVersion;
import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Origin;

/**
 * sales-service's steps of the lead-conversion saga (docs/EVENTS.md, "Lead-conversion saga"): starting a
 * conversion, opening the opportunity and finishing it when customer-service created the account, failing it
 * (back to the lead's previous status) when customer-service refuses or the opportunity cannot be opened, and
 * asking again or giving up when no answer comes in time. Every step is a version-checked write of the lead
 * with its event, and every answer handler is idempotent by construction: it acts only on a lead running that
 * very conversion.
 */
@Service
public class LeadConversions {

    /** Who the saga's own changes are stamped with. */
    public static final String SYSTEM = "sales-service";

    private static final Logger log = LoggerFactory.getLogger(LeadConversions.class);
    private static final String LABEL = RecordType.LEAD.label();

    private final Leads leads;
    private final PendingConversions pending;
    private final OpportunityManagement opportunities;
    private final Products products;
    private final Access access;
    private final Clock clock;
    private final Duration retryAfter;
    private final Duration giveUpAfter;

    LeadConversions(Leads leads, PendingConversions pending, OpportunityManagement opportunities,
                    Products products, Access access, Clock clock,
                    @Value("${saola.sales.conversion.retry-after:PT30S}") Duration retryAfter,
                    @Value("${saola.sales.conversion.give-up-after:PT10M}") Duration giveUpAfter) {
        this.leads = leads;
        this.pending = pending;
        this.opportunities = opportunities;
        this.products = products;
        this.access = access;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * Starts converting a lead (202): it needs the right to change the lead and to create accounts and
     * opportunities. A lead converting already answers 409 naming the running conversion; a converted or
     * unqualified one 409; invalid options 422. Of two requests at the same moment exactly one wins (the lead's
     * versioned write decides), the other is answered 409.
     */
    public Lead request(WorkspaceMember member, String leadId, ExpectedVersion expected, ConversionOptions options) {
        Lead lead = live(leadId);
        access.requireOn(member, RecordType.LEAD, Action.UPDATE, lead.ownership(), leadId);
        access.require(member, RecordType.ACCOUNT, Action.CREATE);
        access.require(member, RecordType.OPPORTUNITY, Action.CREATE);
        if (expected != null) {
            VersionChecks.require(expected, LABEL, leadId, lead.version());
        }
        requireConvertible(lead);
        ConversionTerms terms = terms(lead.details(), options == null ? ConversionOptions.NONE : options);
        String conversionId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Instant retryAt = now.plus(retryAfter);
        Instant giveUpAt = now.plus(giveUpAfter);
        Origin origin = new Origin(member.workspace().slug(), member.userId(), now);
        Changed<Lead> started = lead.requestConversion(conversionId, terms, retryAt, giveUpAt, origin);
        pending.dueAt(origin.workspace(), leadId, conversionId, earliest(retryAt, giveUpAt));
        try {
            leads.store(started);
        } catch (VersionConflictException movedOn) {
            pending.remove(conversionId);
            leads.find(leadId).filter(current -> current.conversion() != null && (current.status()
                    == LeadStatus.CONVERTING || current.status() == LeadStatus.CONVERTED)).ifPresent(current -> {
                        throw conflict(current);
                    });
            throw movedOn;
        }
        // Any other failure may have stored the lead after all: the entry stays, and the sweep drops it if not.
        return started.state();
    }

    /** The lead's last conversion; 404 when the lead was never converted. */
    public Lead get(WorkspaceMember member, String leadId) {
        Lead lead = live(leadId);
        access.requireOn(member, RecordType.LEAD, Action.READ, lead.ownership(), leadId);
        if (lead.conversion() == null) {
            throw new RecordNotFoundException("conversion", leadId);
        }
        return lead;
    }

    /**
     * customer-service created (or found) the account, and for B2B the contact. If the lead runs that conversion,
     * opens the opportunity (its id determined by the conversion, so a redelivery finds it instead of opening a
     * second) and marks the lead CONVERTED; if the opportunity is refused, fails the conversion. A lead converted
     * by that conversion already is left alone; a lead that no longer runs it raises the failure again, so that
     * customer-service undoes what it did, and withdraws an opportunity opened for it meanwhile.
     */
    public void accountCreated(String workspace, String leadId, String conversionId, String accountId,
                               String contactId) {
        Optional<Lead> found = leads.find(leadId);
        if (found.isEmpty()) {
            log.warn("Account created for conversion {} of lead {}, unknown in workspace {}; ignored", conversionId,
                    leadId, workspace);
            return;
        }
        Lead lead = found.get();
        if (lead.isConvertedBy(conversionId)) {
            pending.remove(conversionId);
            return;
        }
        Instant now = clock.instant();
        if (!lead.isConverting(conversionId)) {
            Origin system = new Origin(workspace, SYSTEM, now);
            leads.store(lead.repeatConversionFailure(conversionId, system));
            withdrawOpportunity(workspace, conversionId, system);
            return;
        }
        LeadConversion conversion = lead.conversion();
        Origin origin = new Origin(workspace, conversion.requestedBy() == null ? SYSTEM : conversion.requestedBy(),
                now);
        String contact = lead.details().kind() == LeadKind.B2B ? contactId : null;
        String opportunityId;
        try {
            opportunityId = opportunities.openForConvertedLead(opportunityIdOf(workspace, conversionId),
                    opportunity(lead, conversion.terms(), accountId, contact), lead.ownership(), origin).id();
        } catch (DataAccessException storeTrouble) {
            throw storeTrouble;
        } catch (RuntimeException refused) {
            log.warn("Opportunity of conversion {} of lead {} refused; the conversion fails", conversionId, leadId,
                    refused);
            leads.store(lead.failConversion(conversionId, ConversionFailure.OPPORTUNITY_FAILED,
                    "The opportunity could not be opened: " + refused.getMessage(), new Origin(workspace, SYSTEM,
                            now)));
            pending.remove(conversionId);
            return;
        }
        leads.store(lead.completeConversion(conversionId, accountId, contact, opportunityId, origin));
        pending.remove(conversionId);
    }

    /** customer-service refused (and created nothing): the lead goes back to its previous status. */
    public void rejected(String workspace, String leadId, String conversionId, String reason, String message) {
        Optional<Lead> found = leads.find(leadId).filter(lead -> lead.isConverting(conversionId));
        if (found.isEmpty()) {
            return;
        }
        String why = reason == null ? message : message == null ? reason : reason + ": " + message;
        leads.store(found.get().failConversion(conversionId, ConversionFailure.REJECTED, why,
                new Origin(workspace, SYSTEM, clock.instant())));
        pending.remove(conversionId);
    }

    /**
     * Looks at one due conversion of the current workspace: past its give-up time the lead goes back to its
     * previous status (TIMEOUT); past its retry time customer-service is asked again (next attempt); a lead that
     * no longer runs it leaves a stale entry, which is removed.
     */
    public void resolveDue(String workspace, String leadId, String conversionId) {
        Optional<Lead> found = leads.find(leadId).filter(lead -> lead.isConverting(conversionId));
        if (found.isEmpty()) {
            pending.remove(conversionId);
            return;
        }
        Lead lead = found.get();
        LeadConversion conversion = lead.conversion();
        Instant now = clock.instant();
        Origin origin = new Origin(workspace, SYSTEM, now);
        if (!now.isBefore(conversion.giveUpAt())) {
            leads.store(lead.failConversion(conversionId, ConversionFailure.TIMEOUT, "No answer from "
                    + "customer-service within " + Duration.between(conversion.requestedAt(), conversion.giveUpAt())
                    + " (" + conversion.attempt() + " attempts)", origin));
            withdrawOpportunity(workspace, conversionId, origin);
            pending.remove(conversionId);
        } else if (!now.isBefore(conversion.retryAt())) {
            Instant nextRetryAt = now.plus(retryAfter);
            pending.dueAt(workspace, leadId, conversionId, earliest(nextRetryAt, conversion.giveUpAt()));
            leads.store(lead.requestConversionAgain(nextRetryAt, origin));
        } else {
            pending.dueAt(workspace, leadId, conversionId, earliest(conversion.retryAt(), conversion.giveUpAt()));
        }
    }

    /**
     * An opportunity may have been opened for a conversion that then failed (its answer was being handled when
     * the conversion timed out): it is withdrawn, so a failed conversion leaves nothing behind on this side.
     */
    private void withdrawOpportunity(String workspace, String conversionId, Origin origin) {
        if (opportunities.withdrawForFailedConversion(opportunityIdOf(workspace, conversionId), origin)) {
            log.info("Opportunity of failed conversion {} withdrawn in workspace {}", conversionId, workspace);
        }
    }

    /** The opportunity id a conversion determines: the same for every delivery of its answer. */
    static String opportunityIdOf(String workspace, String conversionId) {
        return UUID.nameUUIDFromBytes(("opportunity:" + workspace + ":" + conversionId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static OpportunityDetails opportunity(Lead lead, ConversionTerms terms, String accountId,
                                                  String contactId) {
        return new OpportunityDetails(terms.opportunityName(), accountId, contactId, terms.amount(),
                terms.expectedCloseDate(), terms.productId(), List.of(), List.of(), lead.id(), null);
    }

    private static void requireConvertible(Lead lead) {
        LeadStatus status = lead.status();
        if ((status == LeadStatus.CONVERTING || status == LeadStatus.CONVERTED) && lead.conversion() != null) {
            throw conflict(lead);
        }
        if (!status.canStartConversion()) {
            throw new InvalidStateTransitionException(LABEL, lead.id(), status, LeadStatus.CONVERTING, "Lead '"
                    + lead.id() + "' is " + status + " and cannot be converted; a lead is converted from NEW, "
                    + "WORKING or QUALIFIED.");
        }
    }

    private static ConversionConflictException conflict(Lead lead) {
        return lead.status() == LeadStatus.CONVERTING
                ? ConversionConflictException.running(LABEL, lead.id(), lead.conversion().id())
                : ConversionConflictException.converted(LABEL, lead.id(), lead.conversion().id());
    }

    /** The options checked (every bad field listed, 422) and completed with the defaults the lead suggests. */
    private ConversionTerms terms(LeadDetails lead, ConversionOptions options) {
        List<ProblemError> errors = new ArrayList<>();
        String accountId = blankToNull(options.existingAccountId());
        String contactId = blankToNull(options.existingContactId());
        if (contactId != null && accountId == null) {
            errors.add(ProblemError.of("existingContactId", "needs existingAccountId, the account it belongs to"));
        }
        if (contactId != null && lead.kind() != LeadKind.B2B) {
            errors.add(ProblemError.of("existingContactId", "only a B2B lead is converted into a contact"));
        }
        String productId = blankToNull(options.productId());
        Product product = null;
        if (productId != null) {
            product = products.find(productId).orElse(null);
            if (product == null) {
                errors.add(ProblemError.of("productId", "is not a product of this workspace"));
            }
        } else if (lead.productOfInterestId() != null) {
            productId = lead.productOfInterestId();
            product = products.find(productId).orElse(null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        OpportunitySuggestion suggestion = product == null ? null : OpportunitySuggestion.of(lead, product);
        String name = blankToNull(options.opportunityName());
        if (name == null) {
            name = suggestion != null ? suggestion.name() : defaultName(lead);
        }
        Money amount = options.amount() != null ? options.amount() : suggestion == null ? null : suggestion.amount();
        return new ConversionTerms(accountId, contactId, name, amount, options.expectedCloseDate(), productId);
    }

    /** Without a product: the company (or the person) and the number to call, like the product's suggestion. */
    private static String defaultName(LeadDetails lead) {
        String who = lead.kind() == LeadKind.B2B && lead.company() != null ? lead.company() : lead.personName();
        String number = lead.mobile() != null ? lead.mobile() : lead.phone();
        return number == null ? who : who + " - " + PhoneNumbers.national(number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Lead live(String id) {
        return leads.find(id).filter(lead -> !lead.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }
}
