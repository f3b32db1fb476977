package io.saola.crm.sales.api;

import java.time.LocalDate;
import java.util.List;

/** An opportunity's state as its events carry it; {@code probability} in percent. */
public record OpportunityData(String name, String accountId, String contactId, MoneyAmount amount, String stage,
                              int probability, LocalDate expectedCloseDate, String productId,
                              List<String> competitorIds, List<String> partnerIds, String sourceLeadId,
                              String lostReason, String ownerId, String teamId) {
}
