package io.saola.crm.identity.member;

import java.util.Map;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** An invitation that was already accepted, revoked, or has expired: 409, and nothing changes. */
class InvitationNotUsableException extends ProblemException {

    static final ProblemType TYPE = ProblemType.of("invitation-not-usable", "Invitation cannot be used", 409);

    InvitationNotUsableException(String reason, String detail) {
        super(TYPE, detail, Map.of("reason", reason));
    }
}
