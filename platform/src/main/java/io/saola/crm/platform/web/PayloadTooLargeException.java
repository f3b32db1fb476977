package io.saola.crm.platform.web;

/** A request body larger than the endpoint takes: 413, naming the limit in bytes as {@code maxBytes}. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String what, long maxBytes) {
        super(ProblemType.PAYLOAD_TOO_LARGE, what + " is larger than " + maxBytes + " bytes.",
                props("maxBytes", maxBytes));
    }
}
