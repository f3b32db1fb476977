package io.saola.crm.customer.api;

/** An account as events carry it; phone numbers in E.164, e-mail in lower case. */
public record AccountData(String type, String name, String status, String industry, String taxCode, String phone,
                          String mobile, String email, String website, String ownerId, String teamId,
                          String primaryContactId, String sourceLeadId) {
}
