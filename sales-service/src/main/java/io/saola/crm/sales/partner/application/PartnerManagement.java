package io.saola.crm.sales.partner.application;

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
import io.saola.crm.sales.partner.domain.Partner;
import io.saola.crm.sales.partner.domain.PartnerDetails;
import io.saola.crm.sales.partner.domain.Partners;
import io.saola.crm.sales.record.application.ListScopes;
import io.saola.crm.sales.record.application.VersionChecks;
import io.saola.crm.sales.record.domain.ExpectedVersion;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.domain.Origin;

/** Adding, reading, editing, deleting and restoring partners; two live partners never share a name. */
@Service
public class PartnerManagement {

    private static final String LABEL = RecordType.PARTNER.label();

    private final Partners partners;
    private final PartnerLists lists;
    private final Access access;
    private final ListScopes scopes;
    private final Clock clock;

    PartnerManagement(Partners partners, PartnerLists lists, Access access, ListScopes scopes,
                         Clock clock) {
        this.partners = partners;
        this.lists = lists;
        this.access = access;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Partner create(WorkspaceMember member, PartnerDetails details) {
        access.requireAssignable(member, RecordType.PARTNER, Action.CREATE, member.userId(), null);
        Partner partner = Partner.create(UUID.randomUUID().toString(), details, origin(member));
        refuseDuplicate(partner, null);
        partners.store(partner);
        return partner;
    }

    public Partner get(WorkspaceMember member, String id) {
        Partner partner = live(id);
        access.requireOn(member, RecordType.PARTNER, Action.READ, partner.ownership(), id);
        return partner;
    }

    public Partner update(WorkspaceMember member, String id, ExpectedVersion expected,
                             PartnerDetails details) {
        Partner partner = live(id);
        access.requireOn(member, RecordType.PARTNER, Action.UPDATE, partner.ownership(), id);
        VersionChecks.require(expected, LABEL, id, partner.version());
        Partner revised = partner.revise(details, origin(member));
        if (revised == partner) {
            return partner;
        }
        refuseDuplicate(revised, id);
        partners.store(revised);
        return revised;
    }

    public void delete(WorkspaceMember member, String id, ExpectedVersion expected) {
        Partner partner = live(id);
        access.requireOn(member, RecordType.PARTNER, Action.DELETE, partner.ownership(), id);
        VersionChecks.require(expected, LABEL, id, partner.version());
        partners.store(partner.delete(origin(member)));
    }

    public Partner restore(WorkspaceMember member, String id) {
        Partner partner = partners.find(id).orElseThrow(() -> new RecordNotFoundException(LABEL, id));
        access.requireOn(member, RecordType.PARTNER, Action.DELETE, partner.ownership(), id);
        if (!partner.isDeleted()) {
            throw new InvalidStateTransitionException(LABEL, id, "ACTIVE", "RESTORED",
                    "Partner '" + id + "' is not deleted.");
        }
        Partner restored = partner.restore(origin(member));
        refuseDuplicate(restored, id);
        partners.store(restored);
        return restored;
    }

    public Page<Partner> list(WorkspaceMember member, ListOptions options, ListRequest request) {
        return lists.page(scopes.criteria(member, RecordType.PARTNER, options, request.q()), request,
                PartnerListFields.FIELDS);
    }

    private void refuseDuplicate(Partner partner, String exceptId) {
        partners.findByName(partner.nameKey(), exceptId).ifPresent(existing -> {
            throw new DuplicateRecordException(LABEL, existing.id(), "A partner named '"
                    + existing.details().name() + "' already exists.");
        });
    }

    private Partner live(String id) {
        return partners.find(id).filter(partner -> !partner.isDeleted())
                .orElseThrow(() -> new RecordNotFoundException(LABEL, id));
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
