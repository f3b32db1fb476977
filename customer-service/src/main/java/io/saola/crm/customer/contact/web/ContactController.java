package io.saola.crm.customer.contact.web;

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

import io.saola.crm.customer.contact.application.ContactManagement;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.application.IdempotencyKeys;
import io.saola.crm.customer.record.web.ListParameters;
import io.saola.crm.customer.record.web.Preconditions;
import io.saola.crm.customer.savedfilter.application.SavedViews;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.security.WorkspaceMember;

@RestController
@RequestMapping("/api/contacts")
class ContactController {

    private final ContactManagement contacts;
    private final SavedViews views;

    ContactController(ContactManagement contacts, SavedViews views) {
        this.contacts = contacts;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<ContactView> create(@AuthenticationPrincipal WorkspaceMember member,
                                       @Valid @RequestBody ContactRequest request,
                                       @RequestParam(defaultValue = "false") boolean confirmDuplicate,
                                       @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                       String idempotencyKey) {
        Contact contact = contacts.create(member, request.details(), request.ownerId(), request.teamId(),
                request.sourceLeadId(), confirmDuplicate, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.id()))
                .eTag(Preconditions.etag(contact.version())).body(ContactView.of(contact));
    }

    @GetMapping
    Page<ContactView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                           @RequestParam(required = false) String scope,
                           @RequestParam(required = false) String period,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) Boolean deleted,
                           @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "contacts", savedFilter);
        return contacts.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request))
                .map(ContactView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(contacts.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<ContactView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody ContactRequest request) {
        return withETag(contacts.update(member, id, Preconditions.required(ifMatch, request.version()),
                request.details(), request.ownerId(), request.teamId()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        contacts.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<ContactView> restore(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(contacts.restore(member, id));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return contacts.history(member, id);
    }

    private static ResponseEntity<ContactView> withETag(Contact contact) {
        return ResponseEntity.ok().eTag(Preconditions.etag(contact.version())).body(ContactView.of(contact));
    }
}
