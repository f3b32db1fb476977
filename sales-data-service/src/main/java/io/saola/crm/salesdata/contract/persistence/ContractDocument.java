package io.saola.crm.salesdata.contract.persistence;

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
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.domain.ContractSource;
import io.saola.crm.salesdata.contract.domain.ContractStatus;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;

/** A contract as stored; the unique number index makes contract numbers gap-free (see NumberedInserts). */
@Document(ContractDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "number", unique = true, def = "{'tenantId': 1, 'numberYear': 1, 'numberSequence': 1}"),
        @CompoundIndex(name = "expiry", def = "{'tenantId': 1, 'status': 1, 'endDate': 1}"),
        @CompoundIndex(name = "by_owner", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_created", def = "{'tenantId': 1, 'createdAt': 1, '_id': 1}")})
record ContractDocument(@Id String id, String number, int numberYear, long numberSequence, String accountId,
                        String orderId, String quoteId, String opportunityId, Money value, LocalDate startDate,
                        LocalDate endDate, LocalDate signedDate, ContractStatus status, String reason, String ownerId,
                        String teamId, Instant createdAt, Instant updatedAt, @Version Long version,
                        List<OutboxRecord> outbox) implements HasOutbox {

    static final String COLLECTION = "contracts";

    static ContractDocument of(Contract contract, List<OutboxRecord> outbox) {
        ContractSource source = contract.source();
        return new ContractDocument(contract.id(), contract.number().text(), contract.number().year(),
                contract.number().sequence(), contract.accountId(), source.orderId(), source.quoteId(),
                source.opportunityId(), contract.value(), contract.startDate(), contract.endDate(),
                contract.signedDate(), contract.status(), contract.reason(), contract.ownerId(), contract.teamId(),
                contract.createdAt(), contract.changedAt(), contract.version(), outbox);
    }

    Contract toDomain() {
        return new Contract(id, new DocumentNumber(DocumentNumber.CONTRACT, numberYear, numberSequence), accountId,
                new ContractSource(orderId, quoteId, opportunityId), value, startDate, endDate, signedDate, status,
                reason, ownerId, teamId, createdAt, updatedAt, version);
    }
}
