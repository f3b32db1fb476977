package io.saola.crm.sales.partner.web;

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
import io.saola.crm.sales.partner.application.PartnerManagement;
import io.saola.crm.sales.partner.domain.Partner;
import io.saola.crm.sales.record.web.ListParameters;
import io.saola.crm.sales.record.web.Preconditions;
import io.saola.crm.sales.savedfilter.application.SavedViews;

@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private final PartnerManagement partners;
    private final SavedViews views;

    PartnerController(PartnerManagement partners, SavedViews views) {
        this.partners = partners;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<PartnerView> create(@AuthenticationPrincipal WorkspaceMember member,
                                          @Valid @RequestBody PartnerRequest request) {
        Partner partner = partners.create(member, request.details());
        return ResponseEntity.created(URI.create("/api/partners/" + partner.id()))
                .eTag(Preconditions.etag(partner.version())).body(PartnerView.of(partner));
    }

    @GetMapping
    Page<PartnerView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                              @RequestParam(required = false) String scope,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) Boolean deleted,
                              @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "partners", savedFilter);
        return partners.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request))
                .map(PartnerView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<PartnerView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(partners.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<PartnerView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, @Valid @RequestBody PartnerRequest request) {
        return withETag(partners.update(member, id, Preconditions.required(ifMatch, request.version()),
                request.details()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        partners.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<PartnerView> restore(@AuthenticationPrincipal WorkspaceMember member,
                                           @PathVariable String id) {
        return withETag(partners.restore(member, id));
    }

    private static ResponseEntity<PartnerView> withETag(Partner partner) {
        return ResponseEntity.ok().eTag(Preconditions.etag(partner.version())).body(PartnerView.of(partner));
    }
}
