package io.saola.crm.platform.access;

import java.util.Locale;

/** Every kind of record the product has, as the permission matrix and audit trails name them. */
public enum RecordType {
    WORKSPACE, MEMBER, TEAM, API_CLIENT,
    ACCOUNT, CONTACT, ACTIVITY,
    LEAD, OPPORTUNITY, COMPETITOR, PARTNER,
    PRODUCT, UNIT_GROUP, PRICE_BOOK, QUOTE, ORDER, CONTRACT,
    TICKET, CAMPAIGN, REPORT;

    /** {@code PRICE_BOOK} → {@code price book}: how a message to a user names it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code PRICE_BOOK} → {@code price books}. */
    public String plural() {
        String label = label();
        return label.endsWith("y") && !label.endsWith("ey") ? label.substring(0, label.length() - 1) + "ies"
                : label + "s";
    }
}
