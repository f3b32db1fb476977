package io.saola.crm.sales.lead.domain;

/** Where a lead came from. */
public enum LeadSource {
    WEBSITE("Website"), REFERRAL("Giới thiệu"), EVENT("Sự kiện"), CAMPAIGN("Chiến dịch"), PHONE("Điện thoại"),
    EMAIL("Email"), SOCIAL_MEDIA("Mạng xã hội"), PARTNER("Đối tác"), OTHER("Khác");

    private final String label;

    LeadSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
