package io.saola.crm.platform.list.saved;

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

import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.IfMatch;

/**
 * {@code /api/<list>/saved-filters}, the same in every service. A service subclasses it as a controller whose
 * class-level mapping names its lists:
 *
 * <pre>{@code
 * @RestController
 * @RequestMapping("/api/{list:leads|opportunities}/saved-filters")
 * class SavedFilterController extends SavedFilterEndpoints {
 *     SavedFilterController(SavedViews views) { super(views); }
 * }
 * }</pre>
 */
public abstract class SavedFilterEndpoints {

    private final SavedLists lists;

    protected SavedFilterEndpoints(SavedLists lists) {
        this.lists = lists;
    }

    @PostMapping
    public ResponseEntity<SavedFilter> create(@AuthenticationPrincipal WorkspaceMember member,
                                              @PathVariable String list, @Valid @RequestBody SavedFilterDraft draft) {
        SavedFilter saved = lists.create(member, list, draft);
        return ResponseEntity.created(URI.create("/api/" + list + "/saved-filters/" + saved.id()))
                .eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @GetMapping
    public List<SavedFilter> visible(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list) {
        return lists.visibleTo(member, list);
    }

    @GetMapping("/{id}")
    public ResponseEntity<SavedFilter> get(@AuthenticationPrincipal WorkspaceMember member,
                                           @PathVariable String list, @PathVariable String id) {
        SavedFilter saved = lists.get(member, list, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @PutMapping("/{id}")
    public ResponseEntity<SavedFilter> update(@AuthenticationPrincipal WorkspaceMember member,
                                              @PathVariable String list, @PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @Valid @RequestBody SavedFilterDraft draft) {
        SavedFilter current = lists.get(member, list, id);
        IfMatch.check(ifMatch, "saved filter", id, current.version());
        SavedFilter saved = lists.update(member, list, id, current.version(), draft);
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String list,
                                       @PathVariable String id) {
        lists.delete(member, list, id);
        return ResponseEntity.noContent().build();
    }
}
