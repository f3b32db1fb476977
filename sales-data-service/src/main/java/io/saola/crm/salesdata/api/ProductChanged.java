package io.saola.crm.salesdata.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A product's name, unit, list price, VAT rate or active flag changed; carries the whole new state. */
public record ProductChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String code, String name, String unit, MoneyAmount listPrice, BigDecimal vatRate,
        boolean active) implements DomainEvent {
}
