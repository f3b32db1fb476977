package io.saola.crm.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a problem's {@code errors} array: what was wrong ({@code field}, a JSON path such as
 * {@code contact.email} or {@code items[2].amount}, or a parameter name), why, and where useful the rejected
 * value or the character offset in a query parameter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String field, String message, Object rejectedValue, Integer position) {

    public static ProblemError of(String field, String message) {
        return new ProblemError(field, message, null, null);
    }

    public static ProblemError of(String field, String message, Object rejectedValue) {
        return new ProblemError(field, message, rejectedValue, null);
    }
}
