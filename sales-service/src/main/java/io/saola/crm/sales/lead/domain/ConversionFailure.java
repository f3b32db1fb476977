package io.saola.crm.sales.lead.domain;

/** Why a conversion failed, as {@code LeadConversionFailed} names it. */
public final class ConversionFailure {

    /** customer-service refused to create the account or contact; its own reason is in the message. */
    public static final String REJECTED = "REJECTED";
    /** The opportunity could not be opened. */
    public static final String OPPORTUNITY_FAILED = "OPPORTUNITY_FAILED";
    /** No answer came within the give-up time. */
    public static final String TIMEOUT = "TIMEOUT";
    /** An answer came for a conversion the lead no longer runs (it failed, or another one replaced it). */
    public static final String SUPERSEDED = "SUPERSEDED";

    private ConversionFailure() {
    }
}
