package io.saola.crm.sales.record.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.domain.Period;
import io.saola.crm.sales.record.domain.TimeWindow;
import io.saola.crm.sales.record.persistence.ListCriteria;

/**
 * Turns a list's options into the conditions its query runs with: the member's access scope (asking for more
 * than granted is a 403), live or deleted records (deleted ones only for members who may delete), the
 * free-text search over the stored search keys and the creation-time window, cut in the business time zone
 * ({@code saola.sales.time-zone}, Asia/Ho_Chi_Minh by default).
 */
@Component
public class ListScopes {

    private final Access access;
    private final ZoneId zone;
    private final Clock clock;

    ListScopes(Access access, @Value("${saola.sales.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone, Clock clock) {
        this.access = access;
        this.zone = zone;
        this.clock = clock;
    }

    public Criteria criteria(WorkspaceMember member, RecordType type, ListOptions options, String query) {
        AccessScope scope = access.listScope(member, type, options.scope());
        List<Criteria> parts = new ArrayList<>();
        parts.add(access.criteria(member, scope));
        if (options.deleted()) {
            access.require(member, type, Action.DELETE);
        }
        parts.add(ListCriteria.deleted(options.deleted()));
        parts.add(ListCriteria.search(query));
        parts.add(ListCriteria.within("createdAt", window(options)));
        return ListCriteria.all(parts);
    }

    private TimeWindow window(ListOptions options) {
        Period period = options.period();
        if (period == null && options.from() == null && options.to() == null) {
            return null;
        }
        try {
            return TimeWindow.of(period == null ? Period.CUSTOM : period, options.from(), options.to(), zone,
                    clock.instant());
        } catch (IllegalArgumentException invalid) {
            throw InvalidListQueryException.of("period", null, invalid.getMessage());
        }
    }
}
