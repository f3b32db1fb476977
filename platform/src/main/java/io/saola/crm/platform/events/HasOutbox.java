package io.saola.crm.platform.events;

import java.util.List;

/**
 * A persistence document that carries the events its aggregate raised and that are not yet published, in a
 * property named {@value #PROPERTY}. Saving the document is then one atomic write of state and events; the
 * relay publishes them right after the save and removes each published record from the stored document.
 *
 * <pre>{@code
 * @Document("leads")
 * record LeadDocument(@Id String id, @Version Long version, String status, List<OutboxRecord> outbox)
 *         implements HasOutbox {
 * }
 * }</pre>
 *
 * Build the next document's outbox with {@link Outbox#append}: start from the outbox the document was loaded
 * with and add the new events, never replace it, or an event not yet published would be dropped. Deleting a
 * document drops its pending events too: an aggregate whose removal raises events is marked removed, not
 * deleted (or deleted later, once its outbox is empty).
 */
public interface HasOutbox {

    /** Name of the property (and stored field) that holds the pending records. */
    String PROPERTY = "outbox";

    /** Pending records, oldest first; may be empty or null. */
    List<OutboxRecord> outbox();
}
