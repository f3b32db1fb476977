package io.saola.crm.customer.contact.messaging;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.customer.api.AccountUpdated;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.contact.application.ContactManagement;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;

/**
 * Keeps contacts' company in step with their account's name, from the account's own events rather than inside
 * the account's request: the rename is stored with its event in one write, and this consumer, idempotent and
 * retried by the platform, catches its contacts up (one account's events arrive in order).
 */
@Component
class AccountRenames {

    static final String CONSUMER = "customer-service.contact-companies";
    static final String SYSTEM = "customer-service";

    private final ContactManagement contacts;
    private final Inbox inbox;
    private final Clock clock;

    AccountRenames(ContactManagement contacts, Inbox inbox, Clock clock) {
        this.contacts = contacts;
        this.inbox = inbox;
        this.clock = clock;
    }

    @KafkaListener(topics = CustomerTopics.ACCOUNT, groupId = CONSUMER,
            autoStartup = "${saola.customer.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!event.is(AccountUpdated.class)) {
            return;
        }
        AccountUpdated updated = event.payloadAs(AccountUpdated.class);
        if (!updated.changedFields().contains("name")) {
            return;
        }
        inbox.processOnce(CONSUMER, event, () -> contacts.companyRenamed(updated.aggregateId(),
                updated.account().name(), new Origin(updated.workspace(), SYSTEM, clock.instant())));
    }
}
