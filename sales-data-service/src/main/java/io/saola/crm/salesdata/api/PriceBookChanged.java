package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A price book was created or changed (name, validity, currency, entries); read it again for its prices. */
public record PriceBookChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String name, String kind, String currency, LocalDate validFrom, LocalDate validTo,
        boolean active, int entryCount) implements DomainEvent {
}
