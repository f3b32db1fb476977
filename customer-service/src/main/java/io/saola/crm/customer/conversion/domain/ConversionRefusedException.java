package io.saola.crm.customer.conversion.domain;

/** The conversion cannot be carried out as requested; it ends rejected with this reason. */
public class ConversionRefusedException extends RuntimeException {

    private final RejectionReason reason;

    public ConversionRefusedException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
