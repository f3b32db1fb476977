package io.saola.crm.sales.competitor.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.sales.competitor.domain.Competitor;
import io.saola.crm.sales.competitor.domain.CompetitorDetails;
import io.saola.crm.sales.competitor.domain.Competitors;
import io.saola.crm.sales.record.application.ListScopes;
import io.saola.crm.sales.record.application.VersionChecks;
import io.saola.crm.sales.record.domain.ExpectedVersion;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.domain.Origin;

/** Adding, reading, editing, deleting and restoring competitors; two live competitors never share a name. */
@Service
public class CompetitorManagement {

    private static final String LABEL = RecordType.COMPETITOR.label();

    private final Competitors competitors;
    private final CompetitorLists lists;
    private final Access access;
    private final ListScopes scopes;
    private final Clock clock;

    CompetitorManagement(Competitors competitors, CompetitorLists lists, Access access, ListScopes scopes,
                         Clock clock) {
        this.competitors = competitors;
        this.lists = lists;
        this.access = access;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Competitor create(WorkspaceMember member, CompetitorDetails details) {
        access.requireAssignable(member, RecordType.COMPETITOR, Action.CREATE, member.userId(), null);
        Competitor competitor = Competitor.create(UUID.randomUUID().toString(), details, origin(member));
        refuseDuplicate(competitor, null);
        competitors.store(competitor);
        return competitor;
    }

    public Competitor get(WorkspaceMember member, String id) {
        Competitor competitor = live(id);
        access.requireOn(member, RecordType.COMPETITOR, Action.READ, competitor.ownership(), id);
        return competitor;
    }

    public Competitor update(WorkspaceMember member, String id, ExpectedVersion expected,
                             CompetitorDetails details) {
        Competitor competitor = live(id);
        access.requireOn(member, RecordType.COMPETITOR, Action.UPDATE, competitor.ownership(), id);
        VersionChecks.require(expected, LABEL, id, competitor.version());
        Competitor revised = competitor.revise(details, origin(member));
        if (revised == competitor) {
            return competitor;
        }
        refuseDuplicate(revised, id);
        competitors.store(revised);
        return revised;
    }

    public void delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Competitor competitor = live(id);
        access.requireOn(member, RecordType.COMPETITOR, Action.DELETE, competitor.ownership(), id);
        VersionChecks.require(expected, LABEL, id, competitor.version());
        competitors.store(competitor.delete(origin(member)));
    }

    public Competitor restore(WorkspaceMember member, String id) {
        Competitor competitor = competitors.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.COMPETITOR, Action.DELETE, competitor.ownership(), id);
        if (!competitor.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Competitor '" + id + "' is not deleted.");
        }
        Competitor restored = competitor.restore(origin(member));
        refuseDuplicate(restored, id);
        competitors.store(restored);
        return restored;
    }

    public Page<Competitor> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.COMPETITOR, options, request.q()), request,
                CompetitorListFields.FIELDS);
    }

    private void refuseDuplicate(Competitor competitor, String exceptId) {
        competitors.findByName(competitor.nameKey(), exceptId).ifPresent(existing -> {
            throw new DuplicateRecordException(LABEL, existing.id(), "A competitor named '"
                    + existing.details().name() + "' already exists.");
        });
    }

    private Competitor live(String id) {
        return competitors.find(id).filter(competitor -> !competitor.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
