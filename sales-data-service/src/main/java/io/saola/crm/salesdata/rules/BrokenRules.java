package io.saola.crm.salesdata.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects broken rules while a whole request is checked, then refuses it once with all of them. */
public final class BrokenRules {

    private final List<BusinessRuleViolation.BrokenRule> broken = new ArrayList<>();

    public void add(String field, String message) {
        broken.add(new BusinessRuleViolation.BrokenRule(field, message));
    }

    public void addAll(BusinessRuleViolation violation, String fieldPrefix) {
        for (BusinessRuleViolation.BrokenRule rule : violation.broken()) {
            broken.add(new BusinessRuleViolation.BrokenRule(prefixed(fieldPrefix, rule.field()), rule.message()));
        }
    }

    public boolean isEmpty() {
        return broken.isEmpty();
    }

    public void throwIfAny() {
        if (!broken.isEmpty()) {
            throw new BusinessRuleViolation(broken);
        }
    }

    private static String prefixed(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() ? prefix : prefix + "." + field;
    }
}
