package io.saola.crm.platform.events;

import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

/**
 * Hands the records of a document that was just written to the relay. Runs on the saving thread only long
 * enough to enqueue; publishing happens on the relay's lanes. Saves through {@code save}/{@code insert} (and
 * repositories) trigger it; records written by other updates are published by the sweep.
 * <p>
 * The relay is looked up on first use: Spring Data collects entity callbacks while it creates the mapping
 * converter, before the template the relay needs exists.
 */
class OutboxAfterSave implements AfterSaveCallback<HasOutbox>, Ordered {

    private final Supplier<OutboxRelay> relayLookup;
    private volatile OutboxRelay relay;

    OutboxAfterSave(Supplier<OutboxRelay> relayLookup) {
        this.relayLookup = relayLookup;
    }

    @Override
    public HasOutbox onAfterSave(HasOutbox entity, Document document, String collection) {
        List<OutboxRecord> pending = entity.outbox();
        if (pending != null && !pending.isEmpty()) {
            relay().afterWrite(collection, document.get("_id"), pending);
        }
        return entity;
    }

    private OutboxRelay relay() {
        OutboxRelay found = relay;
        if (found == null) {
            found = relayLookup.get();
            relay = found;
        }
        return found;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
