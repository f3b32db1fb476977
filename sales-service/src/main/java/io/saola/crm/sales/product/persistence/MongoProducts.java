package io.saola.crm.sales.product.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;
import io.saola.crm.sales.record.domain.Money;

/**
 * The product view. A newer version replaces the stored product in one conditional write (upsert where the
 * stored version is older); when a newer or equal version is already stored, the upsert collides with it on
 * the id and nothing changes, so redelivered and late events are harmless.
 */
@Repository
class MongoProducts implements Products {

    private final MongoOperations mongo;

    MongoProducts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Product> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ProductDocument.class)).map(MongoProducts::toDomain);
    }

    @Override
    public Map<String, Product> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(new Query(Criteria.where("_id").in(ids)), ProductDocument.class).stream()
                .map(MongoProducts::toDomain).collect(Collectors.toMap(Product::id, Function.identity()));
    }

    @Override
    public boolean keepNewer(Product product) {
        Query olderOrAbsent = new Query(Criteria.where("_id").is(product.id()).and("productVersion")
                .lt(product.version()));
        try {
            mongo.findAndReplace(olderOrAbsent, toDocument(product), FindAndReplaceOptions.options().upsert());
            return true;
        } catch (DuplicateKeyException newerStored) {
            return false;
        }
    }

    private static Product toDomain(ProductDocument d) {
        return new Product(d.id(), d.code(), d.name(), d.unit(), d.listPrice() == null ? null : new Money(d.listPrice(), d.currency()), d.active(),
                d.productVersion());
    }

    private static ProductDocument toDocument(Product p) {
        Money price = p.listPrice();
        return new ProductDocument(p.id(), p.code(), p.name(), p.unit(), price == null ? null : price.amount(),
                price == null ? null : price.currency(), p.active(), p.version());
    }
}
