package io.saola.crm.salesdata.unit.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.salesdata.unit.domain.Unit;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

@Document(UnitGroupDocument.COLLECTION)
@CompoundIndex(name = "unique_name", def = "{'tenantId': 1, 'name': 1}", unique = true)
record UnitGroupDocument(@Id String id, String name, String baseUnit, List<Unit> units, Instant createdAt,
                         Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "unit_groups";

    static UnitGroupDocument of(UnitGroup group, Instant createdAt, Instant updatedAt, Long version) {
        return new UnitGroupDocument(group.id(), group.name(), group.baseUnit(), group.units(), createdAt, updatedAt,
                version);
    }

    UnitGroup toDomain() {
        return new UnitGroup(id, name, baseUnit, units);
    }
}
