package io.saola.crm.sales.contactdata.domain;

import java.util.Locale;

/** E-mail addresses compared as people mean them: trimmed and without regard to case. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
