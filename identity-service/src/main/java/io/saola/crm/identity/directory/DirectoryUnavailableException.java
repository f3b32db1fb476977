package io.saola.crm.identity.directory;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/**
 * The identity provider did not answer or refused a step. Nothing half-made stays behind for good: the steps are
 * idempotent and the same request repairs what was left. Answered as 503 so that clients retry.
 */
public class DirectoryUnavailableException extends ProblemException {

    public DirectoryUnavailableException(String detail, Throwable cause) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail, null, cause);
    }
}
