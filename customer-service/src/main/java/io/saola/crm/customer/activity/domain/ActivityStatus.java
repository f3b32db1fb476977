package io.saola.crm.customer.activity.domain;

/** Calls, meetings and notes are Planned until ticked done, then Completed; tasks move through all four. */
public enum ActivityStatus {
    PLANNED("Lên kế hoạch"),
    IN_PROGRESS("Đang thực hiện"),
    COMPLETED("Hoàn thành"),
    CANCELLED("Đã hủy");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
