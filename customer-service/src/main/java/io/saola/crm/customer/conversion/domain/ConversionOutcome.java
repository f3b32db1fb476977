package io.saola.crm.customer.conversion.domain;

/** What a compensation undid. */
public record ConversionOutcome(boolean accountRemoved, boolean contactRemoved, int fieldsRestored,
                                int activitiesReturned) {

    public static ConversionOutcome nothing() {
        return new ConversionOutcome(false, false, 0, 0);
    }
}
