package io.saola.crm.sales.opportunity.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.sales.opportunity.application.OpportunityManagement;
import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.record.application.IdempotencyKeys;
import io.saola.crm.sales.record.web.ListParameters;
import io.saola.crm.sales.record.web.Preconditions;
import io.saola.crm.sales.savedfilter.application.SavedViews;

@RestController
@RequestMapping("/api/opportunities")
class OpportunityController {

    private final OpportunityManagement opportunities;
    private final SavedViews views;

    OpportunityController(OpportunityManagement opportunities, SavedViews views) {
        this.opportunities = opportunities;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<OpportunityView> create(@AuthenticationPrincipal WorkspaceMember member,
                                           @Valid @RequestBody OpportunityRequest request,
                                           @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                           String idempotencyKey) {
        Opportunity opportunity = opportunities.create(member, request.details(), request.stage(),
                request.probability(), request.ownerId(), request.teamId(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/opportunities/" + opportunity.id()))
                .eTag(Preconditions.etag(opportunity.version())).body(OpportunityView.of(opportunity));
    }

    @GetMapping
    Page<OpportunityView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                               @RequestParam(required = false) String scope,
                               @RequestParam(required = false) String period,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) Boolean deleted,
                               @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "opportunities", savedFilter);
        return opportunities.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request))
                .map(OpportunityView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<OpportunityView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(opportunities.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<OpportunityView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch, @Valid @RequestBody OpportunityRequest request) {
        return withETag(opportunities.update(member, id, Preconditions.required(ifMatch, request.version()),
                request.details(), request.probability(), request.ownerId(), request.teamId()));
    }

    @PostMapping("/{id}/stage")
    ResponseEntity<OpportunityView> move(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                         String ifMatch, @Valid @RequestBody StageRequest request) {
        return withETag(opportunities.moveTo(member, id, Preconditions.required(ifMatch, request.version()),
                request.stage(), request.reason()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        opportunities.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<OpportunityView> restore(@AuthenticationPrincipal WorkspaceMember member,
                                            @PathVariable String id) {
        return withETag(opportunities.restore(member, id));
    }

    private static ResponseEntity<OpportunityView> withETag(Opportunity opportunity) {
        return ResponseEntity.ok().eTag(Preconditions.etag(opportunity.version()))
                .body(OpportunityView.of(opportunity));
    }
}
