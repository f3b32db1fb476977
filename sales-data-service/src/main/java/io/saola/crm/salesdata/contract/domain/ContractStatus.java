package io.saola.crm.salesdata.contract.domain;

/** DRAFT → ACTIVE → EXPIRED (by itself, after its end date) or TERMINATED (ended early). */
public enum ContractStatus {
    DRAFT, ACTIVE, EXPIRED, TERMINATED;

    public boolean canBecome(ContractStatus next) {
        return switch (this) {
            case DRAFT -> next == ACTIVE;
            case ACTIVE -> next == EXPIRED || next == TERMINATED;
            case EXPIRED, TERMINATED -> false;
        };
    }
}
