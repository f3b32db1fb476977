package io.saola.crm.salesdata.order.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.domain.OrderStatus;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.SalesLine;

/** An order as stored; the unique number index makes order numbers gap-free (see NumberedInserts). */
@Document(OrderDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "number", unique = true, def = "{'tenantId': 1, 'numberYear': 1, 'numberSequence': 1}"),
        @CompoundIndex(name = "by_owner", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_created", def = "{'tenantId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_quote", def = "{'tenantId': 1, 'quoteId': 1}")})
record OrderDocument(@Id String id, String number, int numberYear, long numberSequence, String quoteId,
                     String accountId, String contactId, String opportunityId, String currency, List<SalesLine> lines,
                     DocumentTotals totals, OrderStatus status, String reason, String ownerId, String teamId,
                     Instant createdAt, Instant updatedAt, @Version Long version, List<OutboxRecord> outbox)
        implements HasOutbox {

    static final String COLLECTION = "orders";

    static OrderDocument of(Order order, List<OutboxRecord> outbox) {
        return new OrderDocument(order.id(), order.number().text(), order.number().year(), order.number().sequence(),
                order.quoteId(), order.accountId(), order.contactId(), order.opportunityId(), order.currency(),
                order.lines(), order.totals(), order.status(), order.reason(), order.ownerId(), order.teamId(),
                order.createdAt(), order.changedAt(), order.version(), outbox);
    }

    Order toDomain() {
        return new Order(id, new DocumentNumber(DocumentNumber.ORDER, numberYear, numberSequence), quoteId, accountId,
                contactId, opportunityId, currency, lines, totals, status, reason, ownerId, teamId, createdAt,
                updatedAt, version);
    }
}
