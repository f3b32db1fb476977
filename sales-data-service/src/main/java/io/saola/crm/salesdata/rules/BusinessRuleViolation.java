package io.saola.crm.salesdata.rules;

import java.util.List;

/**
 * Input that was read but breaks a rule of the sales documents (a negative quantity, a unit outside the product's
 * unit group, a currency other than the price book's). Carries every broken rule with the field it concerns, so
 * the client hears about all of them at once; answered as 422 problem+json and nothing is written.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final List<BrokenRule> broken;

    public BusinessRuleViolation(List<BrokenRule> broken) {
        super(broken.isEmpty() ? "invalid input" : broken.get(0).message());
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("A violation needs at least one broken rule");
        }
        this.broken = List.copyOf(broken);
    }

    public static BusinessRuleViolation of(String field, String message) {
        return new BusinessRuleViolation(List.of(new BrokenRule(field, message)));
    }

    public List<BrokenRule> broken() {
        return broken;
    }

    /** One broken rule: the request field it concerns ({@code lines[2].unit}) and what is wrong. */
    public record BrokenRule(String field, String message) {
    }
}
