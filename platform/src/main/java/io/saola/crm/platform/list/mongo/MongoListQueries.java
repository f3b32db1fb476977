package io.saola.crm.platform.list.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.saola.crm.platform.list.CursorCodec;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.list.ListQuery;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.SortSpec;
import io.saola.crm.platform.list.SortSpec.SortOrder;

/**
 * Runs list requests against MongoDB with keyset pagination: the request's filter AND the caller's scope AND
 * "after the cursor", sorted by the requested fields then {@code _id}, reading one row more than the limit to
 * know whether another page follows. Pages stay exact while rows are inserted or deleted, and a deep page
 * costs what the first one does.
 * <p>
 * The scope is the caller's own restriction (owner, team, status...), including its reading of {@code q}.
 * The workspace is not added here: the platform scopes every Mongo operation to the current workspace below
 * Spring Data.
 */
public class MongoListQueries {

    static final String ID = "_id";
    private static final JsonWriterSettings CURSOR_JSON = JsonWriterSettings.builder()
            .outputMode(JsonMode.EXTENDED).build();

    private final MongoOperations mongo;
    private final CursorCodec cursors;

    public MongoListQueries(MongoOperations mongo, CursorCodec cursors) {
        this.mongo = mongo;
        this.cursors = cursors;
    }

    public <T> Page<T> page(Class<T> entityType, Criteria scope, ListRequest request, FilterableFields fields) {
        return page(entityType, mongo.getCollectionName(entityType), scope, request, fields);
    }

    public <T> Page<T> page(Class<T> entityType, String collection, Criteria scope, ListRequest request,
                            FilterableFields fields) {
        ListQuery query = ListQuery.of(request, fields, cursors);
        List<Criteria> parts = new ArrayList<>();
        if (scope != null && !scope.getCriteriaObject().isEmpty()) {
            parts.add(scope);
        }
        query.filterIfAny().map(MongoFilters::toCriteria).ifPresent(parts::add);
        query.cursorIfAny().map(payload -> after(query.sort(), payload)).ifPresent(parts::add);
        Criteria criteria = switch (parts.size()) {
            case 0 -> new Criteria();
            case 1 -> parts.get(0);
            default -> new Criteria().andOperator(parts);
        };
        Query find = new Query(criteria).with(sort(query.sort())).limit(query.limit() + 1);
        List<T> rows = mongo.find(find, entityType, collection);
        if (rows.size() <= query.limit()) {
            return Page.last(rows);
        }
        List<T> items = rows.subList(0, query.limit());
        return new Page<>(items, cursor(query.sort(), items.get(items.size() - 1)), true);
    }

    static Sort sort(SortSpec spec) {
        List<Sort.Order> orders = new ArrayList<>();
        for (SortOrder order : spec.orders()) {
            orders.add(new Sort.Order(order.descending() ? Sort.Direction.DESC : Sort.Direction.ASC,
                    order.field().path()));
        }
        orders.add(new Sort.Order(spec.idDescending() ? Sort.Direction.DESC : Sort.Direction.ASC, ID));
        return Sort.by(orders);
    }

    private String cursor(SortSpec sort, Object lastRow) {
        Document stored = stored(lastRow);
        List<Object> values = new ArrayList<>();
        for (SortOrder order : sort.orders()) {
            Object value = valueAt(stored, order.field().path());
            if (value instanceof Document || value instanceof Collection || value instanceof Map) {
                throw new IllegalStateException("Sortable field " + order.field().name()
                        + " must hold a single value, not " + value.getClass().getSimpleName());
            }
            values.add(value);
        }
        Object id = stored.get(ID);
        if (id == null) {
            throw new IllegalStateException("A listed row has no _id: " + lastRow.getClass().getName());
        }
        Document payload = new Document("v", values).append("i", id);
        return cursors.encode(sort.key(), payload.toJson(CURSOR_JSON));
    }

    private Document stored(Object row) {
        if (row instanceof Document document) {
            return document;
        }
        Document document = new Document();
        mongo.getConverter().write(row, document);
        return document;
    }

    static Object valueAt(Document document, String path) {
        Object current = document;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Document level)) {
                return null;
            }
            current = level.get(part);
        }
        return current;
    }

    /**
     * Rows strictly after the cursor's row in the sort order, as the classic expansion
     * {@code (a > x) or (a = x and b > y) or ... or (all equal and _id > id)}. Nulls and missing values sort
     * first ascending and last descending, as MongoDB sorts them, and need their own terms since MongoDB's
     * comparison operators never match null.
     */
    private Criteria after(SortSpec sort, String payload) {
        Document cursor;
        try {
            cursor = Document.parse(payload);
        } catch (JsonParseException | IllegalArgumentException unreadable) {
            throw invalidCursor();
        }
        if (!(cursor.get("v") instanceof List<?> values) || values.size() != sort.orders().size()
                || !values.stream().allMatch(MongoListQueries::isScalar)
                || cursor.get("i") == null || !isScalar(cursor.get("i"))) {
            throw invalidCursor();
        }
        List<String> paths = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        List<Object> positions = new ArrayList<>(values);
        for (SortOrder order : sort.orders()) {
            paths.add(order.field().path());
            descending.add(order.descending());
        }
        paths.add(ID);
        descending.add(sort.idDescending());
        positions.add(cursor.get("i"));

        List<Criteria> alternatives = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Criteria beyond = beyond(paths.get(i), positions.get(i), descending.get(i));
            if (beyond == null) {
                continue;
            }
            List<Criteria> term = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                term.add(Criteria.where(paths.get(j)).is(positions.get(j)));
            }
            term.add(beyond);
            alternatives.add(term.size() == 1 ? term.get(0) : new Criteria().andOperator(term));
        }
        if (alternatives.isEmpty()) {
            return Criteria.where(ID).exists(false);
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Criteria().orOperator(alternatives);
    }

    /** Values strictly beyond {@code value} in this direction; null when nothing can be. */
    private static Criteria beyond(String path, Object value, boolean descending) {
        if (value == null) {
            return descending ? null : Criteria.where(path).ne(null);
        }
        if (descending) {
            return ID.equals(path) ? Criteria.where(path).lt(value)
                    : new Criteria().orOperator(Criteria.where(path).lt(value), Criteria.where(path).is(null));
        }
        return Criteria.where(path).gt(value);
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Decimal128 || value instanceof Boolean
                || value instanceof Date || value instanceof ObjectId || value instanceof UUID
                || value instanceof Binary;
    }

    private static InvalidListQueryException invalidCursor() {
        return InvalidListQueryException.of(ListRequest.CURSOR, null,
                "the cursor is not valid; use the nextCursor of a previous page unchanged");
    }
}
