package io.saola.crm.identity.directory;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** The token's holder has no verified address (or is a partner client): 403, nothing changes. */
public class UnverifiedAddressException extends ProblemException {

    public static final ProblemType TYPE = ProblemType.of("address-not-verified", "Address not verified", 403);

    public UnverifiedAddressException(String detail) {
        super(TYPE, detail, null);
    }
}
