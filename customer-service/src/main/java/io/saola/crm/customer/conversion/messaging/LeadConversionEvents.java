package io.saola.crm.customer.conversion.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.customer.conversion.application.ConvertingLeads;
import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.platform.events.UnreadableEventException;

/**
 * sales-service's conversion events on its lead topic: {@code LeadConversionRequested} carries the customer
 * side out, {@code LeadConversionFailed} compensates it; every other lead event is ignored. Each record runs
 * in the workspace of its {@code ce_tenantid} (set by the platform); a payload naming another workspace, or
 * without conversion or lead id, cannot be processed and is dead-lettered. The handling is idempotent by
 * construction; the inbox only skips plain redeliveries.
 */
@Component
class LeadConversionEvents {

    static final String CONSUMER = "customer-service.lead-conversions";

    private final ConvertingLeads converting;
    private final Inbox inbox;

    LeadConversionEvents(ConvertingLeads converting, Inbox inbox) {
        this.converting = converting;
        this.inbox = inbox;
    }

    @KafkaListener(topics = LeadConversionRequested.TOPIC, groupId = CONSUMER,
            autoStartup = "${saola.customer.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        String workspace = event.workspace().slug();
        if (LeadConversionRequested.TYPE.equals(event.type())) {
            LeadConversionRequested requested = event.payloadAs(LeadConversionRequested.class);
            require(event, requested.workspace(), requested.conversionId(), requested.aggregateId());
            inbox.processOnce(CONSUMER, event, () -> converting.requested(requested.request(), workspace));
        } else if (LeadConversionFailed.TYPE.equals(event.type())) {
            LeadConversionFailed failed = event.payloadAs(LeadConversionFailed.class);
            require(event, failed.workspace(), failed.conversionId(), failed.aggregateId());
            inbox.processOnce(CONSUMER, event, () -> converting.failed(failed.conversionId(), failed.aggregateId(),
                    workspace));
        }
    }

    private static void require(ReceivedEvent event, String workspace, String conversionId, String leadId) {
        if (workspace != null && !workspace.equals(event.workspace().slug())) {
            throw new UnreadableEventException("Event " + event.id() + " of workspace '" + workspace
                    + "' arrived for '" + event.workspace().slug() + "'");
        }
        if (conversionId == null || conversionId.isBlank() || leadId == null || leadId.isBlank()) {
            throw new UnreadableEventException("Event " + event.id() + " (" + event.type()
                    + ") lacks its conversionId or lead id");
        }
    }
}
