package io.saola.crm.customer.account.domain;

/** Where the relationship with an account stands, with the label Vietnamese users see. */
public enum AccountStatus {
    NEW("Mới"),
    NEED_IDENTIFIED("Phát sinh nhu cầu"),
    NEGOTIATING("Đang đàm phán"),
    CUSTOMER("Đang giao dịch"),
    INACTIVE("Ngừng giao dịch");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
