package io.saola.crm.sales.opportunity.messaging;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.sales.opportunity.application.OpportunityManagement;
import io.saola.crm.sales.record.domain.Origin;

/**
 * Closes an opportunity as won when a contract for it comes into force, from sales-data-service's contract
 * events. Idempotent by construction (an opportunity already won stays as it is); the inbox skips redeliveries.
 */
@Component
class ContractActivations {

    static final String CONSUMER = "sales-service.won-by-contract";
    static final String SYSTEM = "sales-service";

    private final OpportunityManagement opportunities;
    private final Inbox inbox;
    private final Clock clock;

    ContractActivations(OpportunityManagement opportunities, Inbox inbox, Clock clock) {
        this.opportunities = opportunities;
        this.inbox = inbox;
        this.clock = clock;
    }

    @KafkaListener(topics = ContractActivated.TOPIC, groupId = CONSUMER,
            autoStartup = "${saola.sales.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!ContractActivated.TYPE.equals(event.type())) {
            return;
        }
        ContractActivated activated = event.payloadAs(ContractActivated.class);
        if (activated.opportunityId() == null || activated.opportunityId().isBlank()) {
            return;
        }
        inbox.processOnce(CONSUMER, event, () -> opportunities.wonByContract(activated.opportunityId(),
                new Origin(event.workspace().slug(), SYSTEM, clock.instant())));
    }
}
