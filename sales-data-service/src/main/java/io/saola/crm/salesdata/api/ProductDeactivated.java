package io.saola.crm.salesdata.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A product can no longer be sold (it stays on the documents that used it). */
public record ProductDeactivated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String code, String name, String unit, MoneyAmount listPrice, BigDecimal vatRate,
        boolean active) implements DomainEvent {
}
