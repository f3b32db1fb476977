package io.saola.crm.salesdata.order.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.salesdata.api.SalesDataTopics;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.numbering.persistence.NumberedInserts;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.domain.OrderStatus;

/** Orders in MongoDB. */
@Repository
public class MongoOrders {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("number").sortable(),
            FilterableField.enumeration("status", OrderStatus.class).sortable(),
            FilterableField.id("quoteId"),
            FilterableField.id("accountId"),
            FilterableField.id("contactId"),
            FilterableField.id("opportunityId"),
            FilterableField.id("productId").at("lines.product.productId"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.string("currency"),
            FilterableField.decimal("total").at("totals.total.amount").sortable(),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-createdAt");

    private final MongoOperations mongo;
    private final MongoListQueries lists;
    private final NumberedInserts numbers;
    private final Outbox outbox;

    MongoOrders(MongoOperations mongo, MongoListQueries lists, NumberedInserts numbers, Outbox outbox) {
        this.mongo = mongo;
        this.lists = lists;
        this.numbers = numbers;
        this.outbox = outbox;
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OrderDocument.class)).map(OrderDocument::toDomain);
    }

    public Order insertNumbered(int year, Function<DocumentNumber, Order> draft) {
        return numbers.insertNext(OrderDocument.class, year, sequence -> OrderDocument.of(
                draft.apply(new DocumentNumber(DocumentNumber.ORDER, year, sequence)), null)).toDomain();
    }

    public Order save(Order order, List<DomainEvent> events) {
        OrderDocument stored = mongo.findById(order.id(), OrderDocument.class);
        return mongo.save(OrderDocument.of(order, outbox.append(stored.outbox(), SalesDataTopics.ORDER, events)))
                .toDomain();
    }

    public Page<Order> page(Criteria scope, ListRequest request) {
        return lists.page(OrderDocument.class, scope, request, FIELDS).map(OrderDocument::toDomain);
    }
}
