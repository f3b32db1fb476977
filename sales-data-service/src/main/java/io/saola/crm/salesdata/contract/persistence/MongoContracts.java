package io.saola.crm.salesdata.contract.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.salesdata.api.SalesDataTopics;
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.domain.ContractStatus;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.numbering.persistence.NumberedInserts;

/** Contracts in MongoDB. */
@Repository
public class MongoContracts {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("number").sortable(),
            FilterableField.enumeration("status", ContractStatus.class).sortable(),
            FilterableField.id("accountId"),
            FilterableField.id("orderId"),
            FilterableField.id("quoteId"),
            FilterableField.id("opportunityId"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.decimal("value").at("value.amount").sortable(),
            FilterableField.date("startDate").sortable(),
            FilterableField.date("endDate").sortable(),
            FilterableField.date("signedDate").sortable(),
            FilterableField.dateTime("createdAt").sortable())
            .withDefaultSort("-createdAt");

    private final MongoOperations mongo;
    private final MongoListQueries lists;
    private final NumberedInserts numbers;
    private final Outbox outbox;

    MongoContracts(MongoOperations mongo, MongoListQueries lists, NumberedInserts numbers, Outbox outbox) {
        this.mongo = mongo;
        this.lists = lists;
        this.numbers = numbers;
        this.outbox = outbox;
    }

    public Optional<Contract> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ContractDocument.class)).map(ContractDocument::toDomain);
    }

    public Contract insertNumbered(int year, Function<DocumentNumber, Contract> draft) {
        return numbers.insertNext(ContractDocument.class, year, sequence -> ContractDocument.of(
                draft.apply(new DocumentNumber(DocumentNumber.CONTRACT, year, sequence)), null)).toDomain();
    }

    public Contract save(Contract contract, List<DomainEvent> events) {
        ContractDocument stored = mongo.findById(contract.id(), ContractDocument.class);
        return mongo.save(ContractDocument.of(contract, outbox.append(stored.outbox(), SalesDataTopics.CONTRACT,
                events))).toDomain();
    }

    public Page<Contract> page(Criteria scope, ListRequest request) {
        return lists.page(ContractDocument.class, scope, request, FIELDS).map(ContractDocument::toDomain);
    }

    /** Active contracts of the current workspace whose end date is before {@code today}. */
    public List<Contract> dueToExpire(LocalDate today, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(ContractStatus.ACTIVE).and("endDate").lt(today))
                .limit(limit), ContractDocument.class).stream().map(ContractDocument::toDomain).toList();
    }
}
