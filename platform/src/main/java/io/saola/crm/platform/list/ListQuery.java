package io.saola.crm.platform.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.saola.crm.platform.list.InvalidListQueryException.ListQueryError;

/**
 * A {@link ListRequest} checked against an endpoint's {@link FilterableFields}: the filter parsed, the sort
 * resolved (the endpoint's default when none was asked for), the cursor opened and the limit bounded.
 * Every mistake in any parameter is reported at once.
 */
public record ListQuery(Filter filter, SortSpec sort, String cursorPayload, int limit, String q) {

    public static ListQuery of(ListRequest request, FilterableFields fields, CursorCodec cursors) {
        List<ListQueryError> errors = new ArrayList<>();
        Filter filter = null;
        SortSpec sort = new SortSpec(List.of());
        String cursorPayload = null;
        int limit = ListRequest.DEFAULT_LIMIT;
        try {
            filter = FilterParser.parse(request.filter(), fields).orElse(null);
        } catch (InvalidListQueryException invalid) {
            errors.addAll(invalid.errors());
        }
        try {
            sort = SortSpec.parse(request.sort() != null ? request.sort() : fields.defaultSort(), fields);
            if (request.cursor() != null) {
                cursorPayload = cursors.decode(request.cursor(), sort.key());
            }
        } catch (InvalidListQueryException invalid) {
            errors.addAll(invalid.errors());
        }
        try {
            limit = request.effectiveLimit();
        } catch (InvalidListQueryException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidListQueryException(errors);
        }
        return new ListQuery(filter, sort, cursorPayload, limit, request.q());
    }

    public Optional<Filter> filterIfAny() {
        return Optional.ofNullable(filter);
    }

    public Optional<String> cursorIfAny() {
        return Optional.ofNullable(cursorPayload);
    }
}
