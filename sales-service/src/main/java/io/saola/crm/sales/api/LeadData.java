package io.saola.crm.sales.api;

/** A lead's state as its events carry it. Phones in E.164, e-mail in lower case. */
public record LeadData(String kind, String personName, String company, String title, String email, String mobile,
                       String phone, String source, String campaignId, String rating, String status,
                       String productOfInterestId, String ownerId, String teamId) {
}
