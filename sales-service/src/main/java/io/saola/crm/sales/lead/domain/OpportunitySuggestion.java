package io.saola.crm.sales.lead.domain;

import io.saola.crm.sales.contactdata.domain.PhoneNumbers;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.record.domain.Money;

/**
 * The opportunity a lead's product of interest suggests: named "<product name> - <mobile>" (the mobile as
 * people write it in Vietnam, 0912345678; the phone when there is no mobile, the product alone when neither)
 * and worth the product's list price (none when the catalogue gives none).
 */
public record OpportunitySuggestion(String name, Money amount) {

    public static OpportunitySuggestion of(LeadDetails lead, Product product) {
        String number = lead.mobile() != null ? lead.mobile() : lead.phone();
        String name = number == null ? product.name() : product.name() + " - " + PhoneNumbers.national(number);
        return new OpportunitySuggestion(name, product.listPrice());
    }
}
