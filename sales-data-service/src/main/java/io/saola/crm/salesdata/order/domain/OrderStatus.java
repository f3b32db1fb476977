package io.saola.crm.salesdata.order.domain;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → CONFIRMED → FULFILLED; a draft or a confirmed order may be CANCELLED. */
public enum OrderStatus {
    DRAFT, CONFIRMED, FULFILLED, CANCELLED;

    public boolean canBecome(OrderStatus next) {
        Set<OrderStatus> allowed = switch (this) {
            case DRAFT -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(FULFILLED, CANCELLED);
            case FULFILLED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
        return allowed.contains(next);
    }
}
