package io.saola.crm.sales.record.domain;

/** Optional text as records keep it: trimmed, and blank is absent. */
public final class Text {

    private Text() {
    }

    public static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
