package io.saola.crm.platform.access;

import java.util.Locale;

/** What a member does to records of one type. Deleting is its own permission, never implied by updating. */
public enum Action {
    READ, CREATE, UPDATE, DELETE, IMPORT, EXPORT;

    public String verb() {
        return name().toLowerCase(Locale.ROOT);
    }
}
