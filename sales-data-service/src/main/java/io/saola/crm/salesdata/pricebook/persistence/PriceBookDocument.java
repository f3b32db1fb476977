package io.saola.crm.salesdata.pricebook.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.domain.PriceBookKind;
import io.saola.crm.salesdata.pricebook.domain.PriceEntry;

/**
 * A price book as stored. {@code slot} makes "one standard book per workspace" a unique key: it is
 * {@code STANDARD} for the standard book and the book's own id for every named one.
 */
@Document(PriceBookDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "one_standard", def = "{'tenantId': 1, 'slot': 1}", unique = true),
        @CompoundIndex(name = "by_name", def = "{'tenantId': 1, 'name': 1, '_id': 1}")})
record PriceBookDocument(@Id String id, String name, PriceBookKind kind, String slot, String currency,
                         LocalDate validFrom, LocalDate validTo, boolean active, List<PriceEntry> entries,
                         Instant createdAt, Instant updatedAt, @Version Long version, List<OutboxRecord> outbox)
        implements HasOutbox {

    static final String COLLECTION = "price_books";

    static PriceBookDocument of(PriceBook book, Instant createdAt, Instant updatedAt, Long version,
                                List<OutboxRecord> outbox) {
        return new PriceBookDocument(book.id(), book.name(), book.kind(),
                book.kind() == PriceBookKind.STANDARD ? PriceBookKind.STANDARD.name() : book.id(), book.currency(),
                book.validFrom(), book.validTo(), book.active(), book.entries(), createdAt, updatedAt, version,
                outbox);
    }

    PriceBook toDomain() {
        return new PriceBook(id, name, kind, currency, validFrom, validTo, active, entries);
    }
}
