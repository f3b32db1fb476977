package io.saola.crm.salesdata.product.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.product.domain.Product;

/**
 * A product as stored. {@code searchKey} is the name and code without diacritics, lower case, for the
 * {@code q} search ("ca phe" finds "Cà phê"). A deleted product stays (soft delete, {@code deletedAt}) and keeps
 * its code.
 */
@Document(ProductDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "unique_code", def = "{'tenantId': 1, 'code': 1}", unique = true),
        @CompoundIndex(name = "by_name", def = "{'tenantId': 1, 'name': 1, '_id': 1}"),
        @CompoundIndex(name = "by_unit_group", def = "{'tenantId': 1, 'unitGroupId': 1}")})
record ProductDocument(@Id String id, String code, String name, String searchKey, String description,
                       String unitGroupId, String unit, Money listPrice, Percentage vatRate, boolean active,
                       boolean usedInDocuments, Instant createdAt, Instant updatedAt, Instant deletedAt,
                       @Version Long version, List<OutboxRecord> outbox) implements HasOutbox {

    static final String COLLECTION = "products";

    static ProductDocument of(Product product, Instant createdAt, Instant updatedAt, Instant deletedAt,
                              List<OutboxRecord> outbox) {
        return new ProductDocument(product.id(), product.code(), product.name(),
                SearchKeys.of(product.name() + " " + product.code()), product.description(), product.unitGroupId(),
                product.unit(), product.listPrice(), product.vatRate(), product.active(), product.usedInDocuments(),
                createdAt, updatedAt, deletedAt, product.version(), outbox);
    }

    Product toDomain() {
        return new Product(id, code, name, description, unitGroupId, unit, listPrice, vatRate, active,
                usedInDocuments, version);
    }
}
