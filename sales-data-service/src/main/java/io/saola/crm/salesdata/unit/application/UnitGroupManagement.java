package io.saola.crm.salesdata.unit.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.unit.domain.Unit;
import io.saola.crm.salesdata.unit.domain.UnitGroup;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups.StoredUnitGroup;

/** Defining unit groups (Settings → units): workspace admins change them, everyone who sells reads them. */
@Service
public class UnitGroupManagement {

    private final MongoUnitGroups groups;
    private final MongoProducts products;
    private final Access access;
    private final BusinessCalendar calendar;

    UnitGroupManagement(MongoUnitGroups groups, MongoProducts products, Access access, BusinessCalendar calendar) {
        this.groups = groups;
        this.products = products;
        this.access = access;
        this.calendar = calendar;
    }

    public StoredUnitGroup define(WorkspaceMember member, String name, String baseUnit, List<Unit> units) {
        access.require(member, RecordType.UNIT_GROUP, Action.CREATE);
        UnitGroup group = UnitGroup.define(UUID.randomUUID().toString(), name, baseUnit, units);
        return new StoredUnitGroup(group, groups.insert(group, calendar.now()));
    }

    /**
     * Redefines a group. A unit that products still sell in cannot be removed; changed factors apply to documents
     * written from now on (lines already written keep their prices).
     */
    public StoredUnitGroup redefine(WorkspaceMember member, String id, Long expectedVersion, String name,
                                    String baseUnit, List<Unit> units) {
        access.require(member, RecordType.UNIT_GROUP, Action.UPDATE);
        StoredUnitGroup stored = get(member, id);
        if (expectedVersion != null && !expectedVersion.equals(stored.version())) {
            throw new VersionConflictException("unit group", id, expectedVersion, stored.version());
        }
        UnitGroup group = UnitGroup.define(id, name, baseUnit, units);
        for (String unit : products.unitsInUse(id)) {
            if (!group.has(unit)) {
                throw BusinessRuleViolation.of("units", "unit '" + unit + "' is used by products and cannot be "
                        + "removed");
            }
        }
        return new StoredUnitGroup(group, groups.update(group, stored.version(), calendar.now()));
    }

    public StoredUnitGroup get(WorkspaceMember member, String id) {
        access.require(member, RecordType.UNIT_GROUP, Action.READ);
        return groups.find(id).orElseThrow(() -> new RecordNotFoundException("unit group", id));
    }

    public Page<StoredUnitGroup> list(WorkspaceMember member, String scope, ListRequest request) {
        access.listScope(member, RecordType.UNIT_GROUP, scope);
        return groups.page(request);
    }
}
