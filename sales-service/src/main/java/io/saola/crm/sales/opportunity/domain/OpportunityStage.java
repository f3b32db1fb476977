package io.saola.crm.sales.opportunity.domain;

/**
 * The sales pipeline. An open opportunity may move to any other stage, backwards too (a proposal sent back to
 * analysis); WON and LOST close it for good. Each stage has the default probability of closing as won that an
 * opportunity takes when it enters the stage.
 */
public enum OpportunityStage {
    NEEDS_ANALYSIS("Tìm hiểu nhu cầu", 10), PROPOSAL("Đề xuất giải pháp", 40), NEGOTIATION("Đàm phán", 70),
    WON("Thành công", 100), LOST("Thất bại", 0);

    private final String label;
    private final int defaultProbability;

    OpportunityStage(String label, int defaultProbability) {
        this.label = label;
        this.defaultProbability = defaultProbability;
    }

    public String label() {
        return label;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }

    public boolean canMoveTo(OpportunityStage next) {
        return !isClosed() && next != this;
    }
}
