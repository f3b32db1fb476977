package io.saola.crm.sales.lead.web;

import java.net.URI;
import java.util.List;
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
import io.saola.crm.sales.lead.application.ConversionOptions;
import io.saola.crm.sales.lead.application.LeadConversions;
import io.saola.crm.sales.lead.application.LeadManagement;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.OpportunitySuggestion;
import io.saola.crm.sales.record.application.IdempotencyKeys;
import io.saola.crm.sales.record.web.ListParameters;
import io.saola.crm.sales.record.web.Preconditions;
import io.saola.crm.sales.savedfilter.application.SavedViews;

@RestController
@RequestMapping("/api/leads")
class LeadController {

    private final LeadManagement leads;
    private final LeadConversions conversions;
    private final SavedViews views;

    LeadController(LeadManagement leads, LeadConversions conversions, SavedViews views) {
        this.leads = leads;
        this.conversions = conversions;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<LeadView> create(@AuthenticationPrincipal WorkspaceMember member,
                                    @Valid @RequestBody LeadRequest request,
                                    @RequestParam(defaultValue = "false") boolean confirmDuplicate,
                                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                    String idempotencyKey) {
        Lead lead = leads.create(member, request.details(), request.ownerId(), request.teamId(), confirmDuplicate,
                idempotencyKey);
        return ResponseEntity.created(URI.create("/api/leads/" + lead.id()))
                .eTag(Preconditions.etag(lead.version())).body(view(lead));
    }

    @GetMapping
    Page<LeadView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                        @RequestParam(required = false) String scope,
                        @RequestParam(required = false) String period,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) Boolean deleted,
                        @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "leads", savedFilter);
        Page<Lead> page = leads.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request));
        Map<String, OpportunitySuggestion> suggestions = leads.suggestions(page.items());
        return page.map(lead -> LeadView.of(lead, suggestions.get(lead.id())));
    }

    @GetMapping("/{id}")
    ResponseEntity<LeadView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(leads.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<LeadView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody LeadRequest request,
                                    @RequestParam(defaultValue = "false") boolean confirmDuplicate) {
        return withETag(leads.update(member, id, Preconditions.required(ifMatch, request.version()),
                request.details(), request.ownerId(), request.teamId(), confirmDuplicate));
    }

    @PostMapping("/{id}/status")
    ResponseEntity<LeadView> move(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody LeadStatusRequest request) {
        return withETag(leads.moveTo(member, id, Preconditions.required(ifMatch, request.version()),
                request.status(), request.reason()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        leads.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<LeadView> restore(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(leads.restore(member, id));
    }

    /** Starts the lead's conversion; 202 with the conversion, which the saga then carries on. */
    @PostMapping("/{id}/conversion")
    ResponseEntity<ConversionView> convert(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch,
                                           @Valid @RequestBody(required = false) ConversionRequest request) {
        Lead lead = conversions.request(member, id, Preconditions.optional(ifMatch, null),
                request == null ? ConversionOptions.NONE : request.options());
        return ResponseEntity.accepted().location(URI.create("/api/leads/" + id + "/conversion"))
                .eTag(Preconditions.etag(lead.version())).body(ConversionView.of(id, lead.conversion()));
    }

    @GetMapping("/{id}/conversion")
    ResponseEntity<ConversionView> conversion(@AuthenticationPrincipal WorkspaceMember member,
                                              @PathVariable String id) {
        Lead lead = conversions.get(member, id);
        return ResponseEntity.ok().eTag(Preconditions.etag(lead.version()))
                .body(ConversionView.of(id, lead.conversion()));
    }

    private ResponseEntity<LeadView> withETag(Lead lead) {
        return ResponseEntity.ok().eTag(Preconditions.etag(lead.version())).body(view(lead));
    }

    private LeadView view(Lead lead) {
        return LeadView.of(lead, leads.suggestions(List.of(lead)).get(lead.id()));
    }
}
