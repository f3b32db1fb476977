package io.saola.crm.customer.activity.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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

import io.saola.crm.customer.activity.application.ActivityLog;
import io.saola.crm.customer.activity.application.MovingActivities;
import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.activity.web.MoveRequests.AssignmentRequest;
import io.saola.crm.customer.activity.web.MoveRequests.MoveRequest;
import io.saola.crm.customer.activity.web.MoveRequests.MoveView;
import io.saola.crm.customer.activity.web.MoveRequests.ReversalRequest;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.application.IdempotencyKeys;
import io.saola.crm.customer.record.application.InvalidFieldException;
import io.saola.crm.customer.record.web.ListParameters;
import io.saola.crm.customer.record.web.Preconditions;
import io.saola.crm.customer.savedfilter.application.SavedViews;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.security.WorkspaceMember;

@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final ActivityLog log;
    private final MovingActivities moving;
    private final SavedViews views;
    private final Clock clock;

    ActivityController(ActivityLog log, MovingActivities moving, SavedViews views, Clock clock) {
        this.log = log;
        this.moving = moving;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActivityView> create(@AuthenticationPrincipal WorkspaceMember member,
                                        @Valid @RequestBody ActivityRequest request,
                                        @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                        String idempotencyKey) {
        if (request.about() == null) {
            throw new InvalidFieldException("about", "must not be null", null);
        }
        Activity activity = log.log(member, request.details(request.about().toDomain(), clock.instant()),
                request.ownerId(), request.teamId(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/activities/" + activity.id()))
                .eTag(Preconditions.etag(activity.version())).body(ActivityView.of(activity));
    }

    /** All activities in scope, or one record's timeline with {@code aboutType} and {@code aboutId}. */
    @GetMapping
    Page<ActivityView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                            @RequestParam(required = false) String scope,
                            @RequestParam(required = false) String period,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) Boolean deleted,
                            @RequestParam(required = false) String aboutType,
                            @RequestParam(required = false) String aboutId,
                            @RequestParam(required = false) String savedFilter) {
        Optional<SavedFilter> saved = views.chosen(member, "activities", savedFilter);
        return log.list(member, ListParameters.read(scope, period, from, to, deleted,
                saved.map(SavedFilter::options).orElse(Map.of())), SavedViews.apply(saved, request),
                about(aboutType, aboutId)).map(ActivityView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ActivityView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(log.get(member, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<ActivityView> update(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody ActivityRequest request) {
        return withETag(log.update(member, id, Preconditions.required(ifMatch, request.version()),
                record -> request.details(record, clock.instant()), request.ownerId(), request.teamId()));
    }

    @PostMapping("/{id}/assignment")
    ResponseEntity<ActivityView> reassign(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, @Valid @RequestBody AssignmentRequest request) {
        return withETag(log.reassign(member, id, Preconditions.required(ifMatch, request.version()),
                request.ownerId(), request.teamId()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        log.delete(member, id, Preconditions.optional(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<ActivityView> restore(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return withETag(log.restore(member, id));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return log.history(member, id);
    }

    /** Moves every activity of {@code from} to {@code to}; the same operation id again does nothing twice. */
    @PostMapping("/moves")
    MoveView move(@AuthenticationPrincipal WorkspaceMember member, @Valid @RequestBody MoveRequest request) {
        return MoveView.of(moving.move(member, request.operationId(), request.from().toDomain(),
                request.to().toDomain()));
    }

    @PostMapping("/moves/{operationId}/reversal")
    MoveView moveBack(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String operationId,
                      @Valid @RequestBody(required = false) ReversalRequest request) {
        RelatedRecord from = request == null || request.from() == null ? null : request.from().toDomain();
        RelatedRecord to = request == null || request.to() == null ? null : request.to().toDomain();
        return MoveView.of(moving.moveBack(member, operationId, from, to));
    }

    private static RelatedRecord about(String type, String id) {
        if (type == null && id == null) {
            return null;
        }
        if (type == null || id == null || id.isBlank()) {
            throw InvalidListQueryException.of(type == null ? "aboutType" : "aboutId", null,
                    "aboutType and aboutId go together");
        }
        try {
            return new RelatedRecord(RelatedType.valueOf(type.strip().toUpperCase(Locale.ROOT)), id);
        } catch (IllegalArgumentException unknown) {
            throw InvalidListQueryException.of("aboutType", null,
                    "aboutType must be ACCOUNT, CONTACT, LEAD, OPPORTUNITY or TICKET");
        }
    }

    private static ResponseEntity<ActivityView> withETag(Activity activity) {
        return ResponseEntity.ok().eTag(Preconditions.etag(activity.version())).body(ActivityView.of(activity));
    }
}
