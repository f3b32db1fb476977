package io.saola.crm.salesdata.quote.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
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
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.salesdata.api.SalesDataTopics;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.numbering.persistence.NumberedInserts;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;

/** Quotes in MongoDB: numbered inserts, version-checked saves carrying their events, lists and the expiry query. */
@Repository
public class MongoQuotes {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("number").sortable(),
            FilterableField.number("revision"),
            FilterableField.enumeration("status", QuoteStatus.class).sortable(),
            FilterableField.id("accountId"),
            FilterableField.id("contactId"),
            FilterableField.id("opportunityId"),
            FilterableField.id("priceBookId"),
            FilterableField.id("productId").at("lines.product.productId"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.string("currency"),
            FilterableField.decimal("total").at("totals.total.amount").sortable(),
            FilterableField.date("validUntil").sortable(),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("sentAt").sortable())
            .withDefaultSort("-createdAt");

    private final MongoOperations mongo;
    private final MongoListQueries lists;
    private final NumberedInserts numbers;
    private final Outbox outbox;

    MongoQuotes(MongoOperations mongo, MongoListQueries lists, NumberedInserts numbers, Outbox outbox) {
        this.mongo = mongo;
        this.lists = lists;
        this.numbers = numbers;
        this.outbox = outbox;
    }

    public Optional<Quote> find(String id) {
        return Optional.ofNullable(mongo.findById(id, QuoteDocument.class)).map(QuoteDocument::toDomain);
    }

    /** Inserts the quote {@code draft} builds for the next free number of {@code year}. */
    public Quote insertNumbered(int year, Function<DocumentNumber, Quote> draft, Instant now) {
        return numbers.insertNext(QuoteDocument.class, year, sequence -> QuoteDocument.of(
                draft.apply(new DocumentNumber(DocumentNumber.QUOTE, year, sequence)), now, null)).toDomain();
    }

    /** Inserts a revision under its quote's number; a second revision of the same quote is a 409. */
    public Quote insertRevision(Quote revision, Instant now) {
        try {
            return mongo.insert(QuoteDocument.of(revision, now, null)).toDomain();
        } catch (DuplicateKeyException alreadyRevised) {
            throw new DuplicateRecordException("quote", revision.number().text(), "Quote " + revision.number()
                    + " already has revision " + revision.revision() + ".");
        }
    }

    /** Saves a change with its events if nobody changed the quote since it was read (else 409). */
    public Quote save(Quote quote, List<DomainEvent> events, Instant now) {
        QuoteDocument stored = mongo.findById(quote.id(), QuoteDocument.class);
        return mongo.save(QuoteDocument.of(quote, now, outbox.append(stored.outbox(), SalesDataTopics.QUOTE,
                events))).toDomain();
    }

    public Page<Quote> page(Criteria scope, ListRequest request) {
        return lists.page(QuoteDocument.class, scope, request, FIELDS).map(QuoteDocument::toDomain);
    }

    /** Sent quotes of the current workspace whose validity ended before {@code today}. */
    public List<Quote> dueToExpire(LocalDate today, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(QuoteStatus.SENT).and("validUntil").lt(today))
                .limit(limit), QuoteDocument.class).stream().map(QuoteDocument::toDomain).toList();
    }
}
