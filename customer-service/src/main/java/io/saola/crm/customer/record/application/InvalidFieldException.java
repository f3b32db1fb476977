package io.saola.crm.customer.record.application;

import java.util.List;
import java.util.Map;

import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/**
 * A field that passed bean validation but breaks a rule only the service can check (an account that does not
 * exist, a move onto the same record): 422, listed like the other field errors.
 */
public class InvalidFieldException extends ProblemException {

    public InvalidFieldException(String field, String message, Object rejectedValue) {
        super(ProblemType.VALIDATION, field + ": " + message,
                Map.of("errors", List.of(ProblemError.of(field, message, rejectedValue))));
    }
}
