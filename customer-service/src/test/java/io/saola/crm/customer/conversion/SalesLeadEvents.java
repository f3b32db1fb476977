package io.saola.crm.customer.conversion;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.test.kafka.CloudEventRecords;

/**
 * sales-service's conversion events as its relay publishes them on {@code crm.sales.lead.v1}, shaped per the
 * saga contract: an object mother for the conversion tests.
 */
final class SalesLeadEvents {

    static final String LEAD_TOPIC = "crm.sales.lead.v1";

    record Address(String street, String ward, String district, String city, String country) {
    }

    record LeadConversionRequested(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                   Instant occurredAt, String conversionId, int attempt, String kind,
                                   String requestedBy, String ownerId, String teamId, String personName,
                                   String company, String title, String email, String mobile, String phone,
                                   Address address, String description, String source, String existingAccountId,
                                   String existingContactId) implements DomainEvent {

        LeadConversionRequested attempt(int next) {
            return new LeadConversionRequested(UUID.randomUUID(), workspace, aggregateId, aggregateVersion + 1,
                    Instant.now(), conversionId, next, kind, requestedBy, ownerId, teamId, personName, company, title,
                    email, mobile, phone, address, description, source, existingAccountId, existingContactId);
        }

        LeadConversionRequested into(String accountId, String contactId) {
            return new LeadConversionRequested(eventId, workspace, aggregateId, aggregateVersion, occurredAt,
                    conversionId, attempt, kind, requestedBy, ownerId, teamId, personName, company, title, email,
                    mobile, phone, address, description, source, accountId, contactId);
        }

        LeadConversionRequested withCompany(String name) {
            return new LeadConversionRequested(eventId, workspace, aggregateId, aggregateVersion, occurredAt,
                    conversionId, attempt, kind, requestedBy, ownerId, teamId, personName, name, title, email,
                    mobile, phone, address, description, source, existingAccountId, existingContactId);
        }
    }

    record LeadConversionFailed(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                Instant occurredAt, String conversionId, String reason, String message,
                                String restoredStatus) implements DomainEvent {
    }

    /** Another event on the lead topic, which the conversion consumer ignores. */
    record LeadQualified(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                         Instant occurredAt, String qualifiedBy) implements DomainEvent {
    }

    private SalesLeadEvents() {
    }

    static LeadConversionRequested b2b(String workspace, String leadId, String conversionId) {
        return new LeadConversionRequested(UUID.randomUUID(), workspace, leadId, 3, Instant.now(), conversionId, 1,
                "B2B", "rep-lan", "rep-lan", "north", "Nguyễn Văn An", "Công ty TNHH Đặng Gia", "Giám đốc",
                "An.Nguyen@DangGia.vn", "+84912345678", "+842438123456",
                new Address("12 Lý Thường Kiệt", "Phường Hàng Bài", "Quận Hoàn Kiếm", "Hà Nội", "Việt Nam"),
                "Quan tâm phần mềm ERP", "WEBSITE", null, null);
    }

    static LeadConversionRequested b2c(String workspace, String leadId, String conversionId) {
        return new LeadConversionRequested(UUID.randomUUID(), workspace, leadId, 2, Instant.now(), conversionId, 1,
                "B2C", "rep-lan", "rep-lan", null, "Trần Thị Bích", null, null, "bich.tran@gmail.com",
                "+84987654321", null, null, "Mua gói gia đình", "HOTLINE", null, null);
    }

    static LeadConversionFailed failed(String workspace, String leadId, String conversionId) {
        return new LeadConversionFailed(UUID.randomUUID(), workspace, leadId, 5, Instant.now(), conversionId,
                "OPPORTUNITY_FAILED", "The opportunity could not be created", "QUALIFIED");
    }

    static ProducerRecord<String, String> record(DomainEvent event) {
        return CloudEventRecords.of(LEAD_TOPIC, event, "sales-service");
    }

    static Map<String, Object> asMap(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
