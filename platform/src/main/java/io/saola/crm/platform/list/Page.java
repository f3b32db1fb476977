package io.saola.crm.platform.list;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code nextCursor} is present exactly when {@code hasMore} is true; pass it back as
 * {@code cursor} with the same filter and sort to get the following page.
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
        if (hasMore != (nextCursor != null)) {
            throw new IllegalArgumentException("A page has a next cursor exactly when it has more");
        }
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor, hasMore);
    }
}
