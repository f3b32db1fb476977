package io.saola.crm.platform.list.saved;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a member saves: a name, whether to share it (not unless said), and the list parameters to reapply. */
public record SavedFilterDraft(@NotBlank @Size(max = 100) String name, Boolean shared,
                               @Size(max = 2000) String filter, @Size(max = 500) String sort,
                               @Size(max = 200) String q,
                               @Size(max = 10) Map<@NotBlank @Size(max = 50) String, @Size(max = 200) String> options) {

    public SavedFilterDraft {
        shared = Boolean.TRUE.equals(shared);
        options = options == null ? Map.of() : withoutEmptyValues(options);
    }

    private static Map<String, String> withoutEmptyValues(Map<String, String> options) {
        Map<String, String> kept = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            if (name != null && value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return Map.copyOf(kept);
    }

    public boolean isShared() {
        return Boolean.TRUE.equals(shared);
    }
}
