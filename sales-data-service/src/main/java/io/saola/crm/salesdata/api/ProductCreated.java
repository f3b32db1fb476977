package io.saola.crm.salesdata.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A product was added to the catalogue; carries what a local product view needs (name, unit, list price). */
public record ProductCreated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String code, String name, String unit, MoneyAmount listPrice, BigDecimal vatRate,
        boolean active) implements DomainEvent {
}
