package io.saola.crm.sales.record.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.persistence.ListCriteria;

/**
 * Turns a list's options into the conditions its query runs with: the member's access scope (asking for more
 * than granted is a 403), live or deleted records (deleted ones only for members who may delete) and the
 * free-text search over the stored search keys.
 */
@Component
public class ListScopes {

    private final Access access;

    ListScopes(Access access) {
        this.access = access;
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
        return ListCriteria.all(parts);
    }
}
