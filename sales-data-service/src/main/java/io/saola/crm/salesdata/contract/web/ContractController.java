package io.saola.crm.salesdata.contract.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.salesdata.savedfilter.application.SavedListViews;
import io.saola.crm.platform.list.saved.SavedLists.ChosenView;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.contract.application.ContractManagement;
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.domain.ContractStatus;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricing.web.LineViews;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.salesdata.web.MoneyInput;
import io.saola.crm.salesdata.web.ReasonBody;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractManagement contracts;
    private final SavedListViews views;

    ContractController(ContractManagement contracts, SavedListViews views) {
        this.contracts = contracts;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<ContractView> draft(@AuthenticationPrincipal WorkspaceMember member,
                                       @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                       String idempotencyKey, @Valid @RequestBody ContractBody body) {
        return respond(HttpStatus.CREATED, contracts.draft(member, body.terms(), idempotencyKey));
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<ContractView> activate(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) ActivationBody body) {
        return respond(HttpStatus.OK, contracts.activate(member, id, checked(member, id, ifMatch),
                body == null ? null : body.signedDate()));
    }

    @PostMapping("/{id}/terminate")
    ResponseEntity<ContractView> terminate(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch, @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(HttpStatus.OK, contracts.terminate(member, id, checked(member, id, ifMatch),
                ReasonBody.of(body)));
    }

    @GetMapping("/{id}")
    ResponseEntity<ContractView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return respond(HttpStatus.OK, contracts.get(member, id));
    }

    @GetMapping
    Page<ContractView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                            @RequestParam(required = false) String scope,
                            @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "contracts", savedFilter, request, scope);
        return contracts.list(member, view.scope(), view.request()).map(ContractView::of);
    }

    private Long checked(WorkspaceMember member, String id, String ifMatch) {
        Contract current = contracts.get(member, id);
        IfMatch.check(ifMatch, "contract", id, current.version());
        return current.version();
    }

    private static ResponseEntity<ContractView> respond(HttpStatus status, Contract contract) {
        return ResponseEntity.status(status).eTag(IfMatch.etag(contract.version())).body(ContractView.of(contract));
    }

    record ContractBody(String orderId, String quoteId, String opportunityId, String accountId,
                        @Valid MoneyInput value, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                        LocalDate signedDate, String ownerId, String teamId) {

        ContractManagement.Terms terms() {
            return new ContractManagement.Terms(orderId, quoteId, opportunityId, accountId,
                    MoneyInput.orNull(value, Money.DEFAULT_CURRENCY), startDate, endDate, signedDate, ownerId,
                    teamId);
        }
    }

    record ActivationBody(LocalDate signedDate) {
    }

    record ContractView(String id, String number, ContractStatus status, String reason, String accountId,
                        String orderId, String quoteId, String opportunityId, MoneyAmount value, LocalDate startDate,
                        LocalDate endDate, LocalDate signedDate, String ownerId, String teamId, Instant createdAt,
                        Instant updatedAt, long version) {

        static ContractView of(Contract contract) {
            return new ContractView(contract.id(), contract.number().text(), contract.status(), contract.reason(),
                    contract.accountId(), contract.source().orderId(), contract.source().quoteId(),
                    contract.source().opportunityId(), LineViews.amount(contract.value()), contract.startDate(),
                    contract.endDate(), contract.signedDate(), contract.ownerId(), contract.teamId(),
                    contract.createdAt(), contract.changedAt(), contract.version() == null ? 0
                    : contract.version());
        }
    }
}
