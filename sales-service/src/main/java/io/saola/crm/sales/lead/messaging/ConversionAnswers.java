package io.saola.crm.sales.lead.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.platform.events.UnreadableEventException;
import io.saola.crm.sales.lead.application.LeadConversions;

/**
 * customer-service's answers to a lead's conversion: the account created (the conversion goes on to the
 * opportunity) or the conversion rejected (the lead goes back). Each record runs in the workspace of its
 * {@code ce_tenantid}, so an answer only ever reaches a lead of that workspace. Idempotent by construction (the
 * lead acts only while it runs that conversion, the opportunity's id is the conversion's); the inbox skips
 * redeliveries. Compensations are only logged: the lead was restored when the failure was raised.
 */
@Component
class ConversionAnswers {

    static final String CONSUMER = "sales-service.lead-conversion";

    private static final Logger log = LoggerFactory.getLogger(ConversionAnswers.class);

    private final LeadConversions conversions;
    private final Inbox inbox;

    ConversionAnswers(LeadConversions conversions, Inbox inbox) {
        this.conversions = conversions;
        this.inbox = inbox;
    }

    @KafkaListener(topics = CustomerConversionTopic.NAME, groupId = CONSUMER,
            autoStartup = "${saola.sales.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        String workspace = event.workspace().slug();
        switch (event.type()) {
            case CustomerConversionTopic.ACCOUNT_CREATED -> {
                AccountCreatedForLead created = event.payloadAs(AccountCreatedForLead.class);
                require(event, created.leadId(), created.conversionId());
                inbox.processOnce(CONSUMER, event, () -> conversions.accountCreated(workspace, created.leadId(),
                        created.conversionId(), created.accountId(), created.contactId()));
            }
            case CustomerConversionTopic.REJECTED -> {
                LeadConversionRejected rejected = event.payloadAs(LeadConversionRejected.class);
                require(event, rejected.leadId(), rejected.conversionId());
                inbox.processOnce(CONSUMER, event, () -> conversions.rejected(workspace, rejected.leadId(),
                        rejected.conversionId(), rejected.reason(), rejected.message()));
            }
            case CustomerConversionTopic.COMPENSATED -> {
                LeadConversionCompensated compensated = event.payloadAs(LeadConversionCompensated.class);
                log.info("Conversion {} of lead {} compensated in workspace {}: account removed {}, contact "
                                + "removed {}, {} activities returned", compensated.conversionId(),
                        compensated.leadId(), workspace, compensated.accountRemoved(), compensated.contactRemoved(),
                        compensated.activitiesReturned());
            }
            default -> {
            }
        }
    }

    private static void require(ReceivedEvent event, String leadId, String conversionId) {
        if (leadId == null || leadId.isBlank() || conversionId == null || conversionId.isBlank()) {
            throw new UnreadableEventException("Event " + event.id() + " (" + event.type()
                    + ") names no lead or no conversion");
        }
    }
}
