package io.saola.crm.customer.conversion.domain;

import io.saola.crm.customer.account.domain.Address;

/**
 * What sales-service asks for when it converts a lead (its {@code LeadConversionRequested}): the lead's data,
 * whose records the result belongs to, who asked, and the existing account and contact to use, if any.
 */
public record ConversionRequest(String conversionId, String leadId, int attempt, String kind, String requestedBy,
                                String ownerId, String teamId, String personName, String company, String title,
                                String email, String mobile, String phone, Address address, String description,
                                String source, String existingAccountId, String existingContactId) {

    public ConversionRequest {
        existingAccountId = blankToNull(existingAccountId);
        existingContactId = blankToNull(existingContactId);
        requestedBy = blankToNull(requestedBy);
    }

    public boolean isB2b() {
        return "B2B".equals(kind);
    }

    /** Who the records' history and events name: the member who asked, else the lead's owner. */
    public String actor() {
        return requestedBy != null ? requestedBy : ownerId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
