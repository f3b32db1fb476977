package io.saola.crm.salesdata.money;

import java.util.List;

import io.saola.crm.salesdata.rules.BusinessRuleViolation;

/** Two amounts of different currencies met in one calculation; money is never converted silently. */
public class CurrencyMismatchException extends BusinessRuleViolation {

    public CurrencyMismatchException(String expected, String actual) {
        super(List.of(new BrokenRule("currency", "amounts in " + actual + " cannot be combined with amounts in "
                + expected)));
    }
}
