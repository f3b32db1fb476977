package io.saola.crm.platform.web;

/** The record does not exist in the current workspace (or the caller may not know it exists): 404. */
public class RecordNotFoundException extends ProblemException {

    private final String recordType;
    private final String recordId;

    public RecordNotFoundException(String recordType, Object id) {
        super(ProblemType.RECORD_NOT_FOUND, recordType + " '" + id + "' was not found.",
                props("recordType", recordType, "recordId", text(id)));
        this.recordType = recordType;
        this.recordId = text(id);
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
