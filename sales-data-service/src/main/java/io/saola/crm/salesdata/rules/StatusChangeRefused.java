package io.saola.crm.salesdata.rules;

/** A record's status does not allow the change asked for (sending an accepted quote); answered as 409. */
public class StatusChangeRefused extends RuntimeException {

    private final String recordType;
    private final String recordId;
    private final String currentStatus;
    private final String requestedStatus;

    public StatusChangeRefused(String recordType, String recordId, Enum<?> current, Enum<?> requested) {
        super(recordType + " '" + recordId + "' is " + current + " and cannot become " + requested + ".");
        this.recordType = recordType;
        this.recordId = recordId;
        this.currentStatus = current.name();
        this.requestedStatus = requested.name();
    }

    public StatusChangeRefused(String recordType, String recordId, Enum<?> current, String requestedChange,
                               String detail) {
        super(detail);
        this.recordType = recordType;
        this.recordId = recordId;
        this.currentStatus = current.name();
        this.requestedStatus = requestedChange;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public String requestedStatus() {
        return requestedStatus;
    }
}
