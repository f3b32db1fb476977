package io.saola.crm.platform.list;

import static io.saola.crm.platform.list.LeadListFields.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.list.InvalidListQueryException.ListQueryError;

class ListQueryTest {

    private final CursorCodec cursors = CursorCodec.withDefaultKey();

    @Test
    void readsTheStandardParameters() {
        Map<String, String> parameters = Map.of("filter", "name eq 'a'", "sort", "name,-createdAt",
                "limit", "20", "q", "ngu");

        ListRequest request = ListRequest.from(parameters::get);

        assertThat(request).isEqualTo(new ListRequest("name eq 'a'", "name,-createdAt", null, 20, "ngu"));
    }

    @Test
    void defaultsAndCapsTheLimit() {
        assertThat(ListRequest.firstPage().effectiveLimit()).isEqualTo(50);
        assertThat(new ListRequest(null, null, null, 1000, null).effectiveLimit()).isEqualTo(200);
        assertThatThrownBy(() -> new ListRequest(null, null, null, 0, null).effectiveLimit())
                .isInstanceOf(InvalidListQueryException.class);
        assertThatThrownBy(() -> ListRequest.from(Map.of("limit", "ten")::get))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void resolvesTheSortAndItsCanonicalKey() {
        SortSpec sort = SortSpec.parse(" name , -createdAt,+score", FIELDS);

        assertThat(sort.key()).isEqualTo("name,-createdAt,score");
        assertThat(sort.idDescending()).isFalse();
        assertThat(SortSpec.parse("-createdAt", FIELDS).idDescending()).isTrue();
    }

    @Test
    void refusesUnknownUnsortableEmptyAndRepeatedSortFields() {
        assertThatThrownBy(() -> SortSpec.parse("email,nope,,name,-name", FIELDS))
                .isInstanceOf(InvalidListQueryException.class)
                .satisfies(thrown -> assertThat(((InvalidListQueryException) thrown).errors())
                        .extracting(ListQueryError::position)
                        .containsExactly(0, 6, 11, 17));
    }

    @Test
    void usesTheEndpointsDefaultSortWhenNoneIsAsked() {
        FilterableFields fields = FilterableFields.of(FilterableField.dateTime("createdAt").sortable())
                .withDefaultSort("-createdAt");

        ListQuery query = ListQuery.of(ListRequest.firstPage(), fields, cursors);

        assertThat(query.sort().key()).isEqualTo("-createdAt");
        assertThat(query.filterIfAny()).isEmpty();
        assertThat(query.limit()).isEqualTo(50);
    }

    @Test
    void reportsMistakesInEveryParameterTogether() {
        ListRequest request = new ListRequest("tenantId eq 'other'", "secret", "garbage", 0, null);

        assertThatThrownBy(() -> ListQuery.of(request, FIELDS, cursors))
                .isInstanceOf(InvalidListQueryException.class)
                .satisfies(thrown -> assertThat(((InvalidListQueryException) thrown).errors())
                        .extracting(ListQueryError::parameter)
                        .containsExactly("filter", "sort", "limit"));
    }

    @Test
    void opensACursorOnlyForTheSortItWasIssuedFor() {
        String cursor = cursors.encode("name", "payload");

        assertThat(ListQuery.of(new ListRequest(null, "name", cursor, null, null), FIELDS, cursors)
                .cursorPayload()).isEqualTo("payload");
        assertThatThrownBy(() -> ListQuery.of(new ListRequest(null, "-name", cursor, null, null), FIELDS, cursors))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("cursor");
    }
}
