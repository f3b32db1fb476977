package io.saola.crm.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Explains why a request body could not be read, naming the JSON field where Jackson says which one it was.
 * Only Jackson's structured information is used: its messages name Java classes and are not shown.
 */
record UnreadableBody(ProblemType type, String detail, List<ProblemError> errors) {

    static UnreadableBody of(HttpMessageNotReadableException exception) {
        if (find(exception, StreamConstraintsException.class) != null) {
            return new UnreadableBody(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds a limit on nesting depth, document size, text or number length.",
                    List.of());
        }
        JacksonException jackson = find(exception, JacksonException.class);
        if (jackson == null) {
            String message = exception.getMessage();
            if (message != null && message.startsWith("Required request body is missing")) {
                return malformed("The request body is missing.", List.of());
            }
            return malformed("The request body could not be read.", List.of());
        }
        String field = path(jackson);
        if (jackson instanceof UnexpectedEndOfInputException) {
            return malformed("The JSON body ends unexpectedly" + at(jackson.getLocation()) + ".", List.of());
        }
        if (jackson instanceof StreamReadException) {
            return malformed("The body is not well-formed JSON" + at(jackson.getLocation()) + ".", List.of());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return fieldProblem(field, "Unknown field '" + field + "'.", "is not a known field", null);
        }
        if (jackson instanceof InvalidNullException) {
            return fieldProblem(field, "Field '" + field + "' must not be null.", "must not be null", null);
        }
        if (jackson instanceof InvalidTypeIdException) {
            return fieldProblem(field, "Field '" + field + "' has a missing or unknown type.",
                    "has a missing or unknown type", null);
        }
        if (jackson instanceof InvalidFormatException invalid) {
            String expected = describe(invalid.getTargetType());
            Object rejected = Problems.displayable(field, invalid.getValue());
            String shown = rejected == null ? "" : " (got '" + rejected + "')";
            return fieldProblem(field, subject(field) + " must be " + expected + shown + ".",
                    "must be " + expected, rejected);
        }
        if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() == null) {
            return fieldProblem(field, subject(field) + " has the wrong type.", "has the wrong type", null);
        }
        if (jackson instanceof MismatchedInputException mismatched) {
            String expected = describe(mismatched.getTargetType());
            return fieldProblem(field, subject(field) + " must be " + expected + ".", "must be " + expected, null);
        }
        if (jackson instanceof ValueInstantiationException) {
            return fieldProblem(field, subject(field) + " has an invalid value.", "has an invalid value", null);
        }
        return fieldProblem(field, field == null ? "The request body could not be read."
                : "Field '" + field + "' could not be read.", "could not be read", null);
    }

    private static UnreadableBody malformed(String detail, List<ProblemError> errors) {
        return new UnreadableBody(ProblemType.MALFORMED_REQUEST, detail, errors);
    }

    private static UnreadableBody fieldProblem(String field, String detail, String message, Object rejected) {
        if (field == null) {
            return malformed(detail, List.of());
        }
        return malformed(detail, List.of(ProblemError.of(field, message, rejected)));
    }

    private static String subject(String field) {
        return field == null ? "The request body" : "Field '" + field + "'";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String path(JacksonException exception) {
        List<JacksonException.Reference> references = exception.getPath();
        if (references == null || references.isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of a different type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 date-time such as 2026-01-31T09:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 date-time such as 2026-01-31T09:30:00";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-01-31";
        }
        if (type == LocalTime.class) {
            return "an ISO-8601 time such as 09:30:00";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
