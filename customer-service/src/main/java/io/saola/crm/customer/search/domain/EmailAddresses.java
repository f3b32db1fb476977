package io.saola.crm.customer.search.domain;

import java.util.Locale;

/** E-mail addresses compared as people mean them: trimmed and without regard to case. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
