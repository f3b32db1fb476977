package io.saola.crm.sales.partner.domain;

/** What a partner does with us. */
public enum PartnerKind {
    RESELLER("Đại lý"), DISTRIBUTOR("Nhà phân phối"), CONSULTANT("Tư vấn"), TECHNOLOGY("Công nghệ"),
    OTHER("Khác");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
