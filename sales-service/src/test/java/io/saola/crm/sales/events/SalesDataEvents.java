package io.saola.crm.sales.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** sales-data-service's events as it publishes them (its records, re-declared for these tests only). */
final class SalesDataEvents {

    static final String TOPIC = "crm.salesdata.product.v1";
    static final String CONTRACT_TOPIC = "crm.salesdata.contract.v1";
    static final String SOURCE = "sales-data-service";

    private SalesDataEvents() {
    }

    record MoneyAmount(BigDecimal amount, String currency) {
    }

    record ProductCreated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt, String code, String name, String unit, MoneyAmount listPrice, BigDecimal vatRate,
            boolean active) implements DomainEvent {
    }

    record ProductChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt, String code, String name, String unit, MoneyAmount listPrice, BigDecimal vatRate,
            boolean active) implements DomainEvent {
    }

    record ContractActivated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt, String number, String accountId, String opportunityId, MoneyAmount value)
            implements DomainEvent {
    }

    static ContractActivated contractFor(String workspace, String opportunityId) {
        return new ContractActivated(UUID.randomUUID(), workspace, UUID.randomUUID().toString(), 1, Instant.now(),
                "HD-2026-000001", "acc-1", opportunityId, new MoneyAmount(new BigDecimal("150000000"), "VND"));
    }

    static ProductCreated created(String workspace, String id, String name, String price) {
        return new ProductCreated(UUID.randomUUID(), workspace, id, 0, Instant.now(), "SP-1", name, "gói",
                new MoneyAmount(new BigDecimal(price), "VND"), new BigDecimal("0.10"), true);
    }

    static ProductChanged changed(String workspace, String id, long version, String name, String price) {
        return new ProductChanged(UUID.randomUUID(), workspace, id, version, Instant.now(), "SP-1", name, "gói",
                new MoneyAmount(new BigDecimal(price), "VND"), new BigDecimal("0.10"), true);
    }
}
