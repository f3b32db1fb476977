package io.saola.crm.identity.mail;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** The mail server did not take the message: 503, and what the mail was for was not kept. */
public class MailUnavailableException extends ProblemException {

    MailUnavailableException(Throwable cause) {
        super(ProblemType.SERVICE_UNAVAILABLE, "The mail could not be sent right now. Nothing was changed: send the "
                + "request again in a moment.", null, cause);
    }
}
