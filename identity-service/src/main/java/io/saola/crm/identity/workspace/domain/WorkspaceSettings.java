package io.saola.crm.identity.workspace.domain;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** How a workspace shows dates, money and text. Vietnamese, Ho Chi Minh City time and VND unless chosen. */
public record WorkspaceSettings(String locale, String timeZone, String currency) {

    private static final Set<String> LOCALES = Set.of("vi", "en");

    public static final WorkspaceSettings DEFAULTS = new WorkspaceSettings("vi", "Asia/Ho_Chi_Minh", "VND");

    public WorkspaceSettings {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("Unsupported locale: " + locale);
        }
        ZoneId.of(timeZone);
        Currency.getInstance(currency);
    }

    public Locale asLocale() {
        return Locale.forLanguageTag(locale);
    }
}
