package io.saola.crm.salesdata.quote.persistence;

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
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;
import io.saola.crm.salesdata.quote.domain.QuoteTerms;

/**
 * A quote revision as stored. The unique {@code number} index is what makes numbers gap-free and duplicate-free
 * (see {@link io.saola.crm.salesdata.numbering.persistence.NumberedInserts}) and allows one document per revision.
 */
@Document(QuoteDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "number", unique = true,
                def = "{'tenantId': 1, 'numberYear': 1, 'numberSequence': 1, 'revision': 1}"),
        @CompoundIndex(name = "expiry", def = "{'tenantId': 1, 'status': 1, 'validUntil': 1}"),
        @CompoundIndex(name = "by_owner", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_created", def = "{'tenantId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_account", def = "{'tenantId': 1, 'accountId': 1, 'createdAt': 1}"),
        @CompoundIndex(name = "by_product", def = "{'tenantId': 1, 'lines.product.productId': 1}")})
record QuoteDocument(@Id String id, String number, int numberYear, long numberSequence, int revision,
                     String previousRevisionId, String revisedById, String accountId, String contactId,
                     String opportunityId, String priceBookId, LocalDate validUntil, String notes, String currency,
                     List<SalesLine> lines, DocumentTotals totals, QuoteStatus status, String reason, String ownerId,
                     String teamId, Instant createdAt, Instant updatedAt, Instant sentAt, Instant decidedAt,
                     @Version Long version, List<OutboxRecord> outbox) implements HasOutbox {

    static final String COLLECTION = "quotes";

    static QuoteDocument of(Quote quote, Instant updatedAt, List<OutboxRecord> outbox) {
        QuoteTerms terms = quote.terms();
        return new QuoteDocument(quote.id(), quote.number().text(), quote.number().year(), quote.number().sequence(),
                quote.revision(), quote.previousRevisionId(), quote.revisedById(), terms.accountId(),
                terms.contactId(), terms.opportunityId(), terms.priceBookId(), terms.validUntil(), terms.notes(),
                quote.currency(), quote.lines(), quote.totals(), quote.status(), quote.reason(), quote.ownerId(),
                quote.teamId(), quote.createdAt(), updatedAt, quote.sentAt(), quote.decidedAt(), quote.version(),
                outbox);
    }

    Quote toDomain() {
        return new Quote(id, new DocumentNumber(DocumentNumber.QUOTE, numberYear, numberSequence), revision,
                previousRevisionId, revisedById, new QuoteTerms(accountId, contactId, opportunityId, priceBookId,
                validUntil, notes), currency, lines, totals, status, reason, ownerId, teamId, createdAt, sentAt,
                decidedAt, version);
    }
}
