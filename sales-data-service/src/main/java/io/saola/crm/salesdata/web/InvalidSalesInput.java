package io.saola.crm.salesdata.web;

import java.util.List;
import java.util.Map;

import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;

/** A {@link BusinessRuleViolation} as the 422 validation problem, every broken rule in {@code errors}. */
final class InvalidSalesInput extends ProblemException {

    InvalidSalesInput(BusinessRuleViolation violation) {
        super(ProblemType.VALIDATION, detail(violation), Map.of("errors", violation.broken().stream()
                .map(rule -> ProblemError.of(rule.field(), rule.message())).toList()));
    }

    private static String detail(BusinessRuleViolation violation) {
        List<BusinessRuleViolation.BrokenRule> broken = violation.broken();
        return broken.size() == 1 ? "1 field is invalid." : broken.size() + " fields are invalid.";
    }
}
