package io.saola.crm.customer.activity.domain;

public enum ActivityKind {
    CALL("Cuộc gọi"),
    MEETING("Cuộc gặp"),
    NOTE("Ghi chú"),
    TASK("Công việc");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
