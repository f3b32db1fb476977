package io.saola.crm.salesdata.savedfilter.web;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.list.saved.SavedFilterDraft;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.salesdata.savedfilter.application.SavedListViews;
import io.saola.crm.platform.web.IfMatch;

/** {@code /api/<list>/saved-filters} for products, unit groups, price books, quotes, orders and contracts. */
@RestController
class SavedFilterController {

    private static final String BASE =
            "/api/{list:products|unit-groups|price-books|quotes|orders|contracts}/saved-filters";

    private final SavedListViews views;

    SavedFilterController(SavedListViews views) {
        this.views = views;
    }

    @PostMapping(BASE)
    ResponseEntity<SavedFilter> create(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list,
                                       @Valid @RequestBody SavedFilterDraft draft) {
        SavedFilter saved = views.create(member, list, draft);
        return ResponseEntity.created(URI.create("/api/" + list + "/saved-filters/" + saved.id()))
                .eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @GetMapping(BASE)
    List<SavedFilter> list(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list) {
        return views.visibleTo(member, list);
    }

    @GetMapping(BASE + "/{id}")
    ResponseEntity<SavedFilter> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list,
                                    @PathVariable String id) {
        SavedFilter saved = views.get(member, list, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @PutMapping(BASE + "/{id}")
    ResponseEntity<SavedFilter> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list,
                                       @PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody SavedFilterDraft draft) {
        SavedFilter current = views.get(member, list, id);
        IfMatch.check(ifMatch, "saved filter", id, current.version());
        SavedFilter saved = views.update(member, list, id, current.version(), draft);
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list,
                                @PathVariable String id) {
        views.delete(member, list, id);
        return ResponseEntity.noContent().build();
    }
}
