package io.saola.crm.identity.directory;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/**
 * An account with this address already exists, and this request did not log in as it: 409, nothing changes.
 * The person logs in and repeats the request with their token.
 */
public class AccountExistsException extends ProblemException {

    public static final ProblemType TYPE = ProblemType.of("account-exists", "An account with this address exists", 409);

    public AccountExistsException(String detail) {
        super(TYPE, detail, null);
    }
}
