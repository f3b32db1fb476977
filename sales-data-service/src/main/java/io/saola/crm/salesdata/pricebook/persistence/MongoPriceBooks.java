package io.saola.crm.salesdata.pricebook.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.salesdata.api.SalesDataTopics;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.domain.PriceBookKind;

/** Price books in MongoDB, each save one write of state and pending events. */
@Repository
public class MongoPriceBooks {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.enumeration("kind", PriceBookKind.class),
            FilterableField.string("currency"),
            FilterableField.date("validFrom").sortable(),
            FilterableField.date("validTo").sortable(),
            FilterableField.bool("active"),
            FilterableField.id("productId").at("entries.productId"),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("name");

    private final MongoOperations mongo;
    private final MongoListQueries lists;
    private final Outbox outbox;

    MongoPriceBooks(MongoOperations mongo, MongoListQueries lists, Outbox outbox) {
        this.mongo = mongo;
        this.lists = lists;
        this.outbox = outbox;
    }

    public Optional<StoredPriceBook> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PriceBookDocument.class)).map(StoredPriceBook::of);
    }

    public StoredPriceBook insert(PriceBook book, List<DomainEvent> events, Instant now) {
        try {
            return StoredPriceBook.of(mongo.insert(PriceBookDocument.of(book, now, now, null,
                    outbox.append(null, SalesDataTopics.PRICE_BOOK, events))));
        } catch (DuplicateKeyException standardExists) {
            throw new DuplicateRecordException("price book", PriceBookKind.STANDARD.name(),
                    "This workspace already has its standard price book; change that one.");
        }
    }

    public StoredPriceBook save(PriceBook book, long version, List<DomainEvent> events, Instant now) {
        PriceBookDocument stored = mongo.findById(book.id(), PriceBookDocument.class);
        return StoredPriceBook.of(mongo.save(PriceBookDocument.of(book, stored.createdAt(), now, version,
                outbox.append(stored.outbox(), SalesDataTopics.PRICE_BOOK, events))));
    }

    public Page<StoredPriceBook> page(ListRequest request) {
        return lists.page(PriceBookDocument.class, null, request, FIELDS).map(StoredPriceBook::of);
    }

    /** A price book as stored, with its version. */
    public record StoredPriceBook(PriceBook book, Long version) {

        static StoredPriceBook of(PriceBookDocument document) {
            return new StoredPriceBook(document.toDomain(), document.version());
        }
    }
}
