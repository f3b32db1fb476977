package io.saola.crm.sales.competitor.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.saola.crm.sales.record.domain.Text;

/** What a user edits on a competitor; the name is required, everything else optional and trimmed. */
public record CompetitorDetails(String name, String website, String strengths, String weaknesses,
                                String description) {

    public CompetitorDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A competitor needs a name");
        }
        name = name.strip();
        website = Text.trim(website);
        strengths = Text.trim(strengths);
        weaknesses = Text.trim(weaknesses);
        description = Text.trim(description);
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("website", website);
        fields.put("strengths", strengths);
        fields.put("weaknesses", weaknesses);
        fields.put("description", description);
        return fields;
    }
}
