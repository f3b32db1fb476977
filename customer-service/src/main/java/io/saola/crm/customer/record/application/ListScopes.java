package io.saola.crm.customer.record.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.saola.crm.customer.record.domain.ListOptions;
import io.saola.crm.customer.record.domain.Period;
import io.saola.crm.customer.record.domain.TimeWindow;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.security.WorkspaceMember;

/**
 * Turns a list's options into the conditions its query runs with: the member's access scope (asking for more
 * than granted is a 403), live or deleted records (deleted ones only for members who may delete), the free-text
 * search and the time window in the workspace's time zone.
 */
@Component
public class ListScopes {

    private final Access access;
    private final WorkspaceTimeZones timeZones;
    private final Clock clock;

    ListScopes(Access access, WorkspaceTimeZones timeZones, Clock clock) {
        this.access = access;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    public Criteria criteria(WorkspaceMember member, RecordType type, ListOptions options, String query,
                             String timeField) {
        AccessScope scope = access.listScope(member, type, options.scope());
        List<Criteria> parts = new ArrayList<>();
        parts.add(access.criteria(member, scope));
        if (options.deleted()) {
            access.require(member, type, Action.DELETE);
        }
        parts.add(ListCriteria.deleted(options.deleted()));
        parts.add(ListCriteria.search(query));
        parts.add(ListCriteria.within(timeField, window(member, options)));
        return ListCriteria.all(parts);
    }

    public TimeWindow window(WorkspaceMember member, ListOptions options) {
        if (options.period() == null) {
            if (options.from() != null || options.to() != null) {
                return windowOrInvalid(member, options, Period.CUSTOM);
            }
            return null;
        }
        return windowOrInvalid(member, options, options.period());
    }

    private TimeWindow windowOrInvalid(WorkspaceMember member, ListOptions options,
                                       Period period) {
        try {
            return TimeWindow.of(period, options.from(), options.to(), timeZones.of(member.workspace()),
                    clock.instant());
        } catch (IllegalArgumentException invalid) {
            throw InvalidListQueryException.of("period", null, invalid.getMessage());
        }
    }
}
