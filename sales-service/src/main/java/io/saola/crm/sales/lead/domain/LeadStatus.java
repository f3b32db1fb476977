package io.saola.crm.sales.lead.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands. A rep starts working a new lead (or drops it at once as unqualified), judges it qualified
 * or unqualified, and may reopen that judgement while the lead is not being converted. A new, worked or qualified
 * lead may start a conversion (CONVERTING), which ends CONVERTED, final and read-only, or fails back to the
 * status the lead had before. Staying in the same status is not a transition.
 */
public enum LeadStatus {
    NEW("Mới"), WORKING("Đang chăm sóc"), QUALIFIED("Đủ điều kiện"), UNQUALIFIED("Không đủ điều kiện"),
    CONVERTING("Đang chuyển đổi"), CONVERTED("Đã chuyển đổi");

    private final String label;

    LeadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(WORKING, UNQUALIFIED, CONVERTING);
            case WORKING -> EnumSet.of(QUALIFIED, UNQUALIFIED, CONVERTING);
            case QUALIFIED -> EnumSet.of(WORKING, UNQUALIFIED, CONVERTING);
            case UNQUALIFIED -> EnumSet.of(WORKING, QUALIFIED);
            case CONVERTING -> EnumSet.of(CONVERTED, NEW, WORKING, QUALIFIED);
            case CONVERTED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    public boolean canBecome(LeadStatus status) {
        return next().contains(status);
    }

    /** Whether a user may edit the lead: not while it is being converted, and never once converted. */
    public boolean isEditable() {
        return this != CONVERTING && this != CONVERTED;
    }

    /** Whether a conversion may start from this status. */
    public boolean canStartConversion() {
        return canBecome(CONVERTING);
    }

    /** Whether a user may set this status by hand; the conversion statuses belong to the conversion. */
    public boolean isSetByHand() {
        return this != CONVERTING && this != CONVERTED;
    }
}
