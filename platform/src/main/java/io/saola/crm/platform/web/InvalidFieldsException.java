package io.saola.crm.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Field errors found by the application rather than by Bean Validation (a slug that is reserved, a role that
 * does not exist...): 422 with the same {@code errors} list as any other validation failure.
 */
public class InvalidFieldsException extends ProblemException {

    public InvalidFieldsException(List<ProblemError> errors) {
        super(ProblemType.VALIDATION, Problems.countDetail(errors, "1 field is invalid.", "%d fields are invalid."),
                Map.of(Problems.ERRORS, List.copyOf(errors)));
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(ProblemError.of(field, message)));
    }
}
