package io.saola.crm.platform.list.saved;

import java.time.Instant;
import java.util.Map;

/**
 * A saved view of one list ({@code list}, e.g. {@code accounts}): visible to its owner, and to everyone in the
 * workspace when {@code shared}; only its owner changes or deletes it. {@code options} holds the list
 * parameters a service adds to the standard ones ({@code scope}, {@code period}, ...).
 */
public record SavedFilter(String id, String list, String name, String ownerId, boolean shared, String filter,
                          String sort, String q, Map<String, String> options, Instant createdAt, Instant updatedAt,
                          long version) {

    public SavedFilter {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
