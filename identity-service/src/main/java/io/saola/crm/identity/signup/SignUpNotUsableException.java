package io.saola.crm.identity.signup;

import java.util.Map;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** A sign-up confirmation that expired or whose address was released: 409, and nothing changes. */
class SignUpNotUsableException extends ProblemException {

    static final ProblemType TYPE = ProblemType.of("sign-up-not-usable", "Sign-up cannot be confirmed", 409);

    SignUpNotUsableException(String reason, String detail) {
        super(TYPE, detail, Map.of("reason", reason));
    }
}
