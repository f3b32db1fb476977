package io.saola.crm.platform.web;

/** A record with the same identifying values already exists; the problem names it as {@code existingId}: 409. */
public class DuplicateRecordException extends ProblemException {

    private final String existingId;

    public DuplicateRecordException(String recordType, Object existingId) {
        this(recordType, existingId, "A " + recordType + " with the same identifying values already exists.");
    }

    public DuplicateRecordException(String recordType, Object existingId, String detail) {
        super(ProblemType.DUPLICATE_RECORD, detail,
                props("recordType", recordType, "existingId", text(existingId)));
        this.existingId = text(existingId);
    }

    public String existingId() {
        return existingId;
    }
}
