package io.saola.crm.salesdata.product.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
import io.saola.crm.salesdata.product.domain.Product;

/**
 * Products in MongoDB. Each save stores the new state and its pending events in one write (outbox). Deleted
 * products are kept, marked {@code deletedAt}, and invisible to every read here.
 */
@Repository
public class MongoProducts {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("code").sortable(),
            FilterableField.string("name").sortable(),
            FilterableField.id("unitGroupId"),
            FilterableField.string("unit"),
            FilterableField.decimal("listPrice").at("listPrice.amount").sortable(),
            FilterableField.string("currency").at("listPrice.currency"),
            FilterableField.decimal("vatRate").at("vatRate.value"),
            FilterableField.bool("active"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("name");

    private final MongoOperations mongo;
    private final MongoListQueries lists;
    private final Outbox outbox;

    MongoProducts(MongoOperations mongo, MongoListQueries lists, Outbox outbox) {
        this.mongo = mongo;
        this.lists = lists;
        this.outbox = outbox;
    }

    public Optional<Product> find(String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(live().and("_id").is(id)), ProductDocument.class))
                .map(ProductDocument::toDomain);
    }

    public List<Product> findAll(Collection<String> ids) {
        return mongo.find(Query.query(live().and("_id").in(ids)), ProductDocument.class).stream()
                .map(ProductDocument::toDomain).toList();
    }

    public Product insert(Product product, List<DomainEvent> events, Instant now) {
        try {
            return mongo.insert(ProductDocument.of(product, now, now, null,
                    outbox.append(null, SalesDataTopics.PRODUCT, events))).toDomain();
        } catch (DuplicateKeyException sameCode) {
            throw duplicateCode(product);
        }
    }

    /** Saves a changed product if nobody changed it since it was read (else 409 version conflict). */
    public Product save(Product product, List<DomainEvent> events, Instant now) {
        ProductDocument stored = mongo.findById(product.id(), ProductDocument.class);
        try {
            return mongo.save(ProductDocument.of(product, stored.createdAt(), now, null,
                    outbox.append(stored.outbox(), SalesDataTopics.PRODUCT, events))).toDomain();
        } catch (DuplicateKeyException sameCode) {
            throw duplicateCode(product);
        }
    }

    /** Marks a product deleted, with its events, if nobody changed it since it was read. */
    public void markDeleted(Product product, List<DomainEvent> events, Instant now) {
        ProductDocument stored = mongo.findById(product.id(), ProductDocument.class);
        mongo.save(ProductDocument.of(product, stored.createdAt(), now, now,
                outbox.append(stored.outbox(), SalesDataTopics.PRODUCT, events)));
    }

    /**
     * Marks products as used by a document before the document is written, so that a concurrent delete either
     * happens first (and the document is refused for an unknown product) or is refused itself: the update bumps
     * the version the delete is conditional on. Answers how many of {@code ids} were live and are now marked.
     */
    public long markUsed(Set<String> ids) {
        return mongo.updateMulti(Query.query(live().and("_id").in(ids)), new Update().set("usedInDocuments", true),
                ProductDocument.class).getMatchedCount();
    }

    /** The units of {@code unitGroupId} that live products sell in. */
    public List<String> unitsInUse(String unitGroupId) {
        return mongo.findDistinct(Query.query(live().and("unitGroupId").is(unitGroupId)), "unit",
                ProductDocument.class, String.class);
    }

    public Page<Product> page(ListRequest request) {
        Criteria scope = live();
        if (request.q() != null && !request.q().isBlank()) {
            scope = scope.and("searchKey").regex(Pattern.quote(SearchKeys.of(request.q())));
        }
        return lists.page(ProductDocument.class, scope, request, FIELDS).map(ProductDocument::toDomain);
    }

    private static Criteria live() {
        return Criteria.where("deletedAt").is(null);
    }

    private static DuplicateRecordException duplicateCode(Product product) {
        return new DuplicateRecordException("product", product.code(),
                "A product with code '" + product.code() + "' already exists in this workspace.");
    }
}
