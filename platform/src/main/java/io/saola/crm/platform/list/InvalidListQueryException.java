package io.saola.crm.platform.list;

import java.util.List;
import java.util.Map;

import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/**
 * A list request whose filter, sort, cursor or limit cannot be used: answered 400 with every problem found,
 * each naming the parameter and, for expressions, the zero-based character offset.
 */
public class InvalidListQueryException extends ProblemException {

    static final int MAX_REPORTED = 20;

    private final List<ListQueryError> errors;

    public InvalidListQueryException(List<ListQueryError> errors) {
        super(ProblemType.INVALID_LIST_QUERY, detail(errors), Map.of("errors", errors.stream()
                .limit(MAX_REPORTED)
                .map(error -> new ProblemError(error.parameter(), error.message(), null, error.position()))
                .toList()));
        this.errors = List.copyOf(errors);
    }

    public static InvalidListQueryException of(String parameter, Integer position, String message) {
        return new InvalidListQueryException(List.of(new ListQueryError(parameter, position, message)));
    }

    public List<ListQueryError> errors() {
        return errors;
    }

    private static String detail(List<ListQueryError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid list query has at least one error");
        }
        ListQueryError first = errors.get(0);
        String where = first.position() == null ? "" : " at position " + first.position();
        String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)";
        return "Invalid " + first.parameter() + where + ": " + first.message() + more;
    }

    /** One thing wrong with a list request; {@code position} is a zero-based offset, or null. */
    public record ListQueryError(String parameter, Integer position, String message) {
    }
}
