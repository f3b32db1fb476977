package io.saola.crm.salesdata.contract.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.OwnedRecord;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.domain.ContractSource;
import io.saola.crm.salesdata.contract.persistence.MongoContracts;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.order.application.OrderManagement;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.domain.OrderStatus;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.salesdata.ownership.Ownership;
import io.saola.crm.salesdata.quote.application.Quoting;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;
import io.saola.crm.salesdata.workspace.ActiveWorkspaces;

/** Contracts: drafting them from an order, a quote or an opportunity, activating and terminating them. */
@Service
public class ContractManagement {

    private final MongoContracts contracts;
    private final OrderManagement orders;
    private final Quoting quoting;
    private final ActiveWorkspaces activeWorkspaces;
    private final Access access;
    private final BusinessCalendar calendar;

    ContractManagement(MongoContracts contracts, OrderManagement orders, Quoting quoting,
                       ActiveWorkspaces activeWorkspaces, Access access, BusinessCalendar calendar) {
        this.contracts = contracts;
        this.orders = orders;
        this.quoting = quoting;
        this.activeWorkspaces = activeWorkspaces;
        this.access = access;
        this.calendar = calendar;
    }

    /**
     * What a contract is drafted from: exactly one of an order (confirmed or fulfilled) or a quote (accepted),
     * whose account, opportunity and total it takes; or only an opportunity, with the account and value given.
     */
    public record Terms(String orderId, String quoteId, String opportunityId, String accountId, Money value,
                        LocalDate startDate, LocalDate endDate, LocalDate signedDate, String ownerId,
                        String teamId) {
    }

    public Contract draft(WorkspaceMember member, Terms terms, String idempotencyKey) {
        if (terms.orderId() != null && terms.quoteId() != null) {
            throw BusinessRuleViolation.of("orderId", "a contract comes from an order or a quote, not both");
        }
        String accountId = terms.accountId();
        String opportunityId = terms.opportunityId();
        Money value = terms.value();
        String ownerId = terms.ownerId();
        String teamId = terms.teamId();
        OwnedRecord ownedBefore = null;
        if (terms.orderId() != null) {
            Order order = orders.get(member, terms.orderId());
            ownedBefore = order;
            if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.FULFILLED) {
                throw new StatusChangeRefused("order", order.id(), order.status(), "CONTRACTED", "Order "
                        + order.number() + " is " + order.status() + "; only a confirmed order gets a contract.");
            }
            accountId = order.accountId();
            opportunityId = opportunityId != null ? opportunityId : order.opportunityId();
            value = order.totals().total();
            ownerId = ownerId != null ? ownerId : order.ownerId();
            teamId = teamId != null ? teamId : order.teamId();
        } else if (terms.quoteId() != null) {
            Quote quote = quoting.get(member, terms.quoteId());
            ownedBefore = quote;
            if (quote.status() != QuoteStatus.ACCEPTED) {
                throw new StatusChangeRefused("quote", quote.id(), quote.status(), "CONTRACTED", "Quote "
                        + quote.number() + " is " + quote.status() + "; only an accepted quote gets a contract.");
            }
            accountId = quote.terms().accountId();
            opportunityId = opportunityId != null ? opportunityId : quote.terms().opportunityId();
            value = quote.totals().total();
            ownerId = ownerId != null ? ownerId : quote.ownerId();
            teamId = teamId != null ? teamId : quote.teamId();
        } else if (opportunityId == null) {
            throw BusinessRuleViolation.of("opportunityId", "a contract comes from an order, a quote or an "
                    + "opportunity");
        }
        Ownership owner = Ownership.of(member, ownerId, teamId);
        access.requireAssignable(member, RecordType.CONTRACT, Action.CREATE, ownedBefore, owner.ownerId(),
                owner.teamId());
        String id = contractId(terms, member, idempotencyKey);
        if (terms.orderId() == null && terms.quoteId() == null) {
            var replayed = contracts.find(id);
            if (replayed.isPresent()) {
                access.requireOn(member, RecordType.CONTRACT, Action.READ, replayed.get(), id);
                return replayed.get();
            }
        }
        if (contracts.find(id).isPresent()) {
            throw new DuplicateRecordException("contract", id, "This " + (terms.orderId() != null ? "order"
                    : "quote") + " already has a contract.");
        }
        ContractSource source = new ContractSource(terms.orderId(), terms.quoteId(), opportunityId);
        String account = accountId;
        Money amount = value;
        Contract.check(account, amount, terms.startDate(), terms.endDate());
        activeWorkspaces.recordCurrent();
        return contracts.insertNumbered(calendar.today().getYear(), number -> Contract.draft(id, number, account,
                source, amount, terms.startDate(), terms.endDate(), terms.signedDate(), owner.ownerId(),
                owner.teamId(), calendar.now()));
    }

    /**
     * An order or a quote has at most one contract: its id derives from theirs, so a retry or a second instance
     * gets a 409 duplicate instead of a second contract. Contracts of an opportunity are not limited (renewals);
     * their {@code Idempotency-Key}, if any, makes a retry answer the contract already made.
     */
    private static String contractId(Terms terms, WorkspaceMember member, String idempotencyKey) {
        String source = terms.orderId() != null ? "contract-of-order:" + terms.orderId()
                : terms.quoteId() != null ? "contract-of-quote:" + terms.quoteId() : null;
        return source == null ? IdempotencyKeys.recordId("contract", member, idempotencyKey)
                : UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Contract activate(WorkspaceMember member, String id, Long expectedVersion, LocalDate signedDate) {
        Contract.Change activated = get(member, id, Action.UPDATE, expectedVersion)
                .activate(signedDate, member.workspace().slug(), calendar.today(), calendar.now());
        return contracts.save(activated.contract(), activated.events());
    }

    public Contract terminate(WorkspaceMember member, String id, Long expectedVersion, String reason) {
        Contract.Change terminated = get(member, id, Action.UPDATE, expectedVersion)
                .terminate(reason, member.workspace().slug(), calendar.now());
        return contracts.save(terminated.contract(), terminated.events());
    }

    public Contract get(WorkspaceMember member, String id) {
        return get(member, id, Action.READ, null);
    }

    public Page<Contract> list(WorkspaceMember member, String scope, ListRequest request) {
        AccessScope granted = access.listScope(member, RecordType.CONTRACT, scope);
        return contracts.page(access.criteria(member, granted), request);
    }

    private Contract get(WorkspaceMember member, String id, Action action, Long expectedVersion) {
        Contract contract = contracts.find(id).orElseThrow(() -> new RecordNotFoundException("contract", id));
        access.requireOn(member, RecordType.CONTRACT, action, contract, id);
        if (expectedVersion != null && !expectedVersion.equals(contract.version())) {
            throw new VersionConflictException("contract", id, expectedVersion, contract.version());
        }
        return contract;
    }
}
