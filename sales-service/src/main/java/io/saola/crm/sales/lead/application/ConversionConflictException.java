package io.saola.crm.sales.lead.application;

import java.util.Map;

import io.saola.crm.platform.web.ProblemException;
import io.saola.crm.platform.web.ProblemType;

/**
 * A conversion was asked for while the lead is converting already, or once it is converted: 409, naming that
 * conversion ({@code conversionId}), so a client whose first request's answer was lost learns which one runs.
 */
class ConversionConflictException extends ProblemException {

    private ConversionConflictException(String recordType, String leadId, String state, String conversionId,
                                        String detail) {
        super(ProblemType.INVALID_STATE_TRANSITION, detail, Map.of("recordType", recordType, "recordId", leadId,
                "currentState", state, "requestedState", "CONVERTING", "conversionId", conversionId));
    }

    static ConversionConflictException running(String recordType, String leadId, String conversionId) {
        return new ConversionConflictException(recordType, leadId, "CONVERTING", conversionId, recordType + " '"
                + leadId + "' is already converting in conversion '" + conversionId + "'; wait for it to finish.");
    }

    static ConversionConflictException converted(String recordType, String leadId, String conversionId) {
        return new ConversionConflictException(recordType, leadId, "CONVERTED", conversionId, recordType + " '"
                + leadId + "' was converted by conversion '" + conversionId + "' and cannot be converted again.");
    }
}
