package io.saola.crm.sales.lead.domain;

/** How likely a rep thinks the lead is to buy. */
public enum LeadRating {
    HOT("Nóng"), WARM("Ấm"), COLD("Lạnh");

    private final String label;

    LeadRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
