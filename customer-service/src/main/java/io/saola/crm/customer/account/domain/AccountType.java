package io.saola.crm.customer.account.domain;

/** B2B: an organisation (KH Tổ chức); B2C: an individual (KH cá nhân). */
public enum AccountType {
    B2B("KH Tổ chức"),
    B2C("KH cá nhân");

    private final String label;

    AccountType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
