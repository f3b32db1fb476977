package io.saola.crm.customer.contact.messaging;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.customer.account.application.AccountManagement;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.Contacts;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;

/**
 * Keeps each account's {@code primaryContactId} on the contact marked primary. Every contact event is answered
 * from the contact's current state, not the event's, so events of different contacts may arrive in any order
 * and still leave the account pointing at the contact that is primary now.
 */
@Component
class PrimaryContacts {

    static final String CONSUMER = "customer-service.account-primary-contacts";

    private final Contacts contacts;
    private final AccountManagement accounts;
    private final Inbox inbox;
    private final Clock clock;

    PrimaryContacts(Contacts contacts, AccountManagement accounts, Inbox inbox, Clock clock) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.inbox = inbox;
        this.clock = clock;
    }

    @KafkaListener(topics = CustomerTopics.CONTACT, groupId = CONSUMER,
            autoStartup = "${saola.customer.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        inbox.processOnce(CONSUMER, event, () -> contacts.find(event.subject()).ifPresent(contact ->
                accounts.primaryContactIs(contact.id(), primaryOf(contact),
                        new Origin(event.workspace().slug(), AccountRenames.SYSTEM, clock.instant()))));
    }

    private static String primaryOf(Contact contact) {
        return !contact.isDeleted() && contact.details().primary() ? contact.details().accountId() : null;
    }
}
