package io.saola.crm.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal the client is meant to understand: answered as problem+json with this exception's
 * {@link ProblemType}, its message as {@code detail} and its {@link #properties()} as extension members.
 * The message therefore goes to the client verbatim; keep internals out of it.
 * <p>
 * Free of Spring so domain code may throw it (or a subclass of one of the platform's kinds).
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    protected ProblemException(ProblemType type, String detail, Map<String, ?> properties) {
        this(type, detail, properties, null);
    }

    protected ProblemException(ProblemType type, String detail, Map<String, ?> properties, Throwable cause) {
        super(detail, cause);
        this.type = Objects.requireNonNull(type, "type");
        Map<String, Object> copy = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((name, value) -> {
                if (value != null) {
                    copy.put(name, value);
                }
            });
        }
        this.properties = Collections.unmodifiableMap(copy);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    /** Extension members of the problem, e.g. {@code recordType} and {@code recordId}; nulls are dropped. */
    public Map<String, Object> properties() {
        return properties;
    }

    static Map<String, Object> props(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
