package io.saola.crm.sales.opportunity.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Text;

/**
 * What a user edits on an opportunity. The account is required (an opportunity is a sale to someone); the
 * amount is exact money; competitor and partner ids are kept once each, in the order given.
 */
public record OpportunityDetails(String name, String accountId, String contactId, Money amount,
                                 LocalDate expectedCloseDate, String productId, List<String> competitorIds,
                                 List<String> partnerIds, String sourceLeadId, String description) {

    public OpportunityDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An opportunity needs a name");
        }
        accountId = Text.trim(accountId);
        if (accountId == null) {
            throw new IllegalArgumentException("An opportunity needs an account");
        }
        name = name.strip();
        contactId = Text.trim(contactId);
        productId = Text.trim(productId);
        competitorIds = distinct(competitorIds);
        partnerIds = distinct(partnerIds);
        sourceLeadId = Text.trim(sourceLeadId);
        description = Text.trim(description);
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("accountId", accountId);
        fields.put("contactId", contactId);
        fields.put("amount", amount);
        fields.put("expectedCloseDate", expectedCloseDate);
        fields.put("productId", productId);
        fields.put("competitorIds", competitorIds);
        fields.put("partnerIds", partnerIds);
        fields.put("sourceLeadId", sourceLeadId);
        fields.put("description", description);
        return fields;
    }

    private static List<String> distinct(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String id : ids) {
            String trimmed = Text.trim(id);
            if (trimmed != null) {
                kept.add(trimmed);
            }
        }
        return List.copyOf(kept);
    }
}
