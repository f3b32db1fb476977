package io.saola.crm.customer.api;

/**
 * A contact as events carry it; phone numbers in E.164, e-mail in lower case; {@code sourceLeadId} is the lead
 * it was converted from, if any.
 */
public record ContactData(String name, String title, String email, String mobile, String phone, String accountId,
                          boolean primary, String ownerId, String teamId, String sourceLeadId) {
}
