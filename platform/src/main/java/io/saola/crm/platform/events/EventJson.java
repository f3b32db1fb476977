package io.saola.crm.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping for event payloads, independent of the application's own mapper settings so the wire
 * format does not change with a service's web configuration. Readers tolerate unknown properties: producers
 * may add fields to a version without breaking consumers.
 */
final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new UnreadableEventException(what + " is not a readable " + type.getSimpleName(), e);
        }
    }
}
