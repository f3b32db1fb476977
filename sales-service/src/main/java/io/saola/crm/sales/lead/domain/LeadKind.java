package io.saola.crm.sales.lead.domain;

/** Whether a lead is a company (converted into an organisation, a contact and an opportunity) or a person. */
public enum LeadKind {
    B2B("KH Tổ chức"), B2C("KH cá nhân");

    private final String label;

    LeadKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
