package io.saola.crm.sales.lead.application;

import java.util.Map;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/** A conversion was asked for while the lead is already converting: 409, naming the running conversion. */
class ConversionRunningException extends ProblemException {

    ConversionRunningException(String recordType, String leadId, String conversionId) {
        super(ProblemType.INVALID_STATE_TRANSITION, recordType + " '" + leadId + "' is already converting in "
                + "conversion '" + conversionId + "'; wait for it to finish.", Map.of("recordType", recordType,
                "recordId", leadId, "currentState", "CONVERTING", "requestedState", "CONVERTING",
                "conversionId", conversionId));
    }
}
