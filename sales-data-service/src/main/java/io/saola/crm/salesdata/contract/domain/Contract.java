package io.saola.crm.salesdata.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.access.OwnedRecord;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.salesdata.api.ContractActivated;
import io.saola.crm.salesdata.api.ContractExpired;
import io.saola.crm.salesdata.api.ContractTerminated;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

/**
 * A contract (Hợp đồng): a value over a period from {@code startDate} to {@code endDate} (both inclusive), signed
 * on {@code signedDate}. It expires by itself the day after its end date.
 *
 * @param version stored version, null before the first save
 */
public record Contract(String id, DocumentNumber number, String accountId, ContractSource source, Money value,
                       LocalDate startDate, LocalDate endDate, LocalDate signedDate, ContractStatus status,
                       String reason, String ownerId, String teamId, Instant createdAt, Instant changedAt,
                       Long version) implements OwnedRecord {

    static final String TYPE = "contract";

    public record Change(Contract contract, List<DomainEvent> events) {
    }

    public static Contract draft(String id, DocumentNumber number, String accountId, ContractSource source,
                                 Money value, LocalDate startDate, LocalDate endDate, LocalDate signedDate,
                                 String ownerId, String teamId, Instant now) {
        check(accountId, value, startDate, endDate);
        return new Contract(id, number, accountId, source, value.rounded(), startDate, endDate, signedDate,
                ContractStatus.DRAFT, null, ownerId, teamId, now, now, null);
    }

    /** The rules of a contract's terms, checked before it takes a number. */
    public static void check(String accountId, Money value, LocalDate startDate, LocalDate endDate) {
        BrokenRules broken = new BrokenRules();
        if (accountId == null || accountId.isBlank()) {
            broken.add("accountId", "must not be blank");
        }
        if (value == null) {
            broken.add("value", "must not be null");
        } else if (value.isNegative()) {
            broken.add("value.amount", "must not be negative");
        }
        if (startDate == null) {
            broken.add("startDate", "must not be null");
        }
        if (endDate == null) {
            broken.add("endDate", "must not be null");
        } else if (startDate != null && endDate.isBefore(startDate)) {
            broken.add("endDate", "must not be before startDate");
        }
        broken.throwIfAny();
    }

    /** Brings the contract into force; it must be signed (on {@code signedOn}, or earlier) and not already over. */
    public Change activate(LocalDate signedOn, String workspace, LocalDate today, Instant now) {
        require(ContractStatus.ACTIVE);
        LocalDate signed = signedOn != null ? signedOn : signedDate != null ? signedDate : today;
        BrokenRules broken = new BrokenRules();
        if (signed.isAfter(today)) {
            broken.add("signedDate", "must not be in the future");
        }
        if (endDate.isBefore(today)) {
            broken.add("endDate", "the contract ended on " + endDate + " and cannot be activated");
        }
        broken.throwIfAny();
        Contract active = with(ContractStatus.ACTIVE, signed, null, now);
        return new Change(active, List.of(new ContractActivated(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), accountId, source.opportunityId(), source.orderId(), source.quoteId(), ownerId, teamId,
                amount(), startDate, endDate, signed)));
    }

    public boolean isDueToExpire(LocalDate today) {
        return status == ContractStatus.ACTIVE && endDate.isBefore(today);
    }

    public Change expire(String workspace, LocalDate today, Instant now) {
        require(ContractStatus.EXPIRED);
        if (!isDueToExpire(today)) {
            throw new StatusChangeRefused(TYPE, id, status, ContractStatus.EXPIRED.name(), "Contract " + number
                    + " runs until " + endDate + ".");
        }
        Contract expired = with(ContractStatus.EXPIRED, signedDate, null, now);
        return new Change(expired, List.of(new ContractExpired(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), accountId, source.opportunityId(), source.orderId(), source.quoteId(), ownerId, teamId,
                amount(), startDate, endDate, signedDate)));
    }

    public Change terminate(String why, String workspace, Instant now) {
        require(ContractStatus.TERMINATED);
        Contract terminated = with(ContractStatus.TERMINATED, signedDate, why, now);
        return new Change(terminated, List.of(new ContractTerminated(UUID.randomUUID(), workspace, id, nextVersion(),
                now, number.text(), accountId, source.opportunityId(), source.orderId(), source.quoteId(), ownerId,
                teamId, amount(), startDate, endDate, signedDate, why)));
    }

    private void require(ContractStatus next) {
        if (!status.canBecome(next)) {
            throw new StatusChangeRefused(TYPE, id, status, next);
        }
    }

    private Contract with(ContractStatus next, LocalDate signed, String why, Instant now) {
        return new Contract(id, number, accountId, source, value, startDate, endDate, signed, next, why, ownerId,
                teamId, createdAt, now, version);
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private MoneyAmount amount() {
        return new MoneyAmount(value.amount(), value.currency());
    }
}
