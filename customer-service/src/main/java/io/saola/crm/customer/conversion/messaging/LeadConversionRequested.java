package io.saola.crm.customer.conversion.messaging;

import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.conversion.domain.ConversionRequest;

/**
 * The part of sales-service's {@code LeadConversionRequested.v1} this service reads (docs/EVENTS.md,
 * "sales-service"); other fields are ignored. {@code aggregateId} is the lead.
 */
record LeadConversionRequested(String workspace, String aggregateId, String conversionId, Integer attempt,
                               String kind, String requestedBy, String ownerId, String teamId, String personName,
                               String company, String title, String email, String mobile, String phone,
                               LeadAddress address, String description, String source, String existingAccountId,
                               String existingContactId) {

    static final String TOPIC = "crm.sales.lead.v1";
    static final String TYPE = "LeadConversionRequested.v1";

    /** The lead's address, with the field names of customer-service's own addresses. */
    record LeadAddress(String street, String ward, String district, String city, String country) {
    }

    ConversionRequest request() {
        Address where = address == null ? null
                : new Address(address.street(), address.ward(), address.district(), address.city(), address.country());
        return new ConversionRequest(conversionId, aggregateId, attempt == null ? 1 : attempt, kind, requestedBy,
                ownerId, teamId, personName, company, title, email, mobile, phone, where, description, source,
                existingAccountId, existingContactId);
    }
}
