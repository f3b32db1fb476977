package io.saola.crm.sales.competitor.web;

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
import io.saola.crm.sales.competitor.application.CompetitorManagement;
import io.saola.crm.sales.competitor.domain.Competitor;
import io.saola.crm.sales.record.web.ListParameters;
import io.saola.crm.sales.record.web.Preconditions;
import io.saola.crm.sales.savedfilter.application.SavedViews;

@RestController
@RequestMapping("/api/competitors")
class CompetitorController {

    private final CompetitorManagement competitors;
    private final SavedViews views;

    CompetitorController(CompetitorManagement competitors, SavedViews views) {
        this.competitors = competitors;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<CompetitorView> create(@AuthenticationPrincipal WorkspaceMember member,
                                          @Valid @RequestBody CompetitorRequest request) {
        Competitor competitor = competitors.create(member, request.details());
        return ResponseEntity.created(URI.create("/api/competitors/" + competitor.id()))
                .eTag(Preconditions.etag(competitor.version())).body(CompetitorView.of(competitor));
    }

    @GetMapping
    Page<CompetitorView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                              @RequestParam(required = false) String scope,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) Boolean deleted,
                              @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "competitors", savedFilter);
        return competitors.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request))
                .map(CompetitorView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<CompetitorView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(competitors.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<CompetitorView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, @Valid @RequestBody CompetitorRequest request) {
        return withETag(competitors.update(member, id, Preconditions.required(ifMatch, request.version()),
                request.details()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        competitors.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<CompetitorView> restore(@AuthenticationPrincipal WorkspaceMember member,
                                           @PathVariable String id) {
        return withETag(competitors.restore(member, id));
    }

    private static ResponseEntity<CompetitorView> withETag(Competitor competitor) {
        return ResponseEntity.ok().eTag(Preconditions.etag(competitor.version())).body(CompetitorView.of(competitor));
    }
}
