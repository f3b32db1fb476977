package io.saola.crm.platform.list.saved;

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
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public boolean isShared() {
        return Boolean.TRUE.equals(shared);
    }
}
