package io.saola.crm.identity.member;

import io.saola.crm.platform.web.InvalidFieldsException;

/** {@code If-Match: "3"} (or {@code 3}) → version 3; absent → no check. */
public final class ETags {

    private ETags() {
    }

    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidFieldsException.of("If-Match", "must be the version (ETag) the record was read with");
        }
    }
}
