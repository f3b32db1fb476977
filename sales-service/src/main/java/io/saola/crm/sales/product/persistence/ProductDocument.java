package io.saola.crm.sales.product.persistence;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One product of the view, under the product's own id. {@code productVersion} is the aggregate version of the
 * last event applied; the list price is stored as a decimal, never a double.
 */
@Document(ProductDocument.COLLECTION)
record ProductDocument(@Id String id, String code, String name, String unit,
                       @Field(targetType = FieldType.DECIMAL128) BigDecimal listPrice, String currency,
                       boolean active, long productVersion) {

    static final String COLLECTION = "products";
}
