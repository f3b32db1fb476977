package io.saola.crm.salesdata.numbering.persistence;

import java.util.Map;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** Too many documents were numbered at the same moment; nothing was written and the client may retry. */
public class NumberingBusyException extends ProblemException {

    NumberingBusyException() {
        super(ProblemType.SERVICE_UNAVAILABLE, "Too many documents are being numbered at this moment; nothing was "
                + "written. Please retry.", Map.of());
    }
}
