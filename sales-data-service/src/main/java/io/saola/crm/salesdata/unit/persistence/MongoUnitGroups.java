package io.saola.crm.salesdata.unit.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

/** Unit groups in MongoDB (collection {@value UnitGroupDocument#COLLECTION}). */
@Repository
public class MongoUnitGroups {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.string("baseUnit"),
            FilterableField.dateTime("createdAt").sortable())
            .withDefaultSort("name");

    private final MongoOperations mongo;
    private final MongoListQueries lists;

    MongoUnitGroups(MongoOperations mongo, MongoListQueries lists) {
        this.mongo = mongo;
        this.lists = lists;
    }

    public Optional<StoredUnitGroup> find(String id) {
        return Optional.ofNullable(mongo.findById(id, UnitGroupDocument.class))
                .map(document -> new StoredUnitGroup(document.toDomain(), document.version()));
    }

    public List<UnitGroup> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), UnitGroupDocument.class).stream()
                .map(UnitGroupDocument::toDomain).toList();
    }

    public long insert(UnitGroup group, Instant now) {
        try {
            return mongo.insert(UnitGroupDocument.of(group, now, now, null)).version();
        } catch (DuplicateKeyException sameName) {
            throw new DuplicateRecordException("unit group", group.name(),
                    "A unit group named '" + group.name() + "' already exists.");
        }
    }

    public long update(UnitGroup group, long version, Instant now) {
        UnitGroupDocument stored = mongo.findById(group.id(), UnitGroupDocument.class);
        try {
            return mongo.save(UnitGroupDocument.of(group, stored.createdAt(), now, version)).version();
        } catch (DuplicateKeyException sameName) {
            throw new DuplicateRecordException("unit group", group.name(),
                    "A unit group named '" + group.name() + "' already exists.");
        }
    }

    public Page<StoredUnitGroup> page(ListRequest request) {
        return lists.page(UnitGroupDocument.class, null, request, FIELDS)
                .map(document -> new StoredUnitGroup(document.toDomain(), document.version()));
    }

    /** A unit group as stored, with its version. */
    public record StoredUnitGroup(UnitGroup group, Long version) {
    }
}
