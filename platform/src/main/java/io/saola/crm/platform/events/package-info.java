/**
 * Domain events between services: the event contract, the transaction-free outbox and its relay, and the
 * consumer side (workspace binding, retries, dead letters, idempotency).
 *
 * <h2>Contract</h2>
 * Events are immutable past-tense records implementing {@link io.saola.crm.platform.events.DomainEvent}
 * (plain Java, so domain packages may implement it). Their wire type ({@code ce_type}) is the simple class
 * name plus a version, {@code LeadConversionRequested.v1}; the class name is therefore part of the published
 * contract. A renamed class keeps its old name with {@link io.saola.crm.platform.events.EventType}, and an
 * incompatible change is a new record typed {@code ...v2} (or a new {@code ...v2} topic), never an edit of v1.
 * Adding a field is compatible: readers ignore unknown properties.
 *
 * <h2>Outbox without transactions</h2>
 * A persistence document implements {@link io.saola.crm.platform.events.HasOutbox}: its {@code outbox}
 * property holds {@link io.saola.crm.platform.events.OutboxRecord}s made by
 * {@link io.saola.crm.platform.events.Outbox}, so the state change and its events are one single-document
 * write. Right after a successful {@code save}/{@code insert}, a Spring Data after-save callback hands the
 * records to the relay, which publishes them from its own threads (never the request thread) in CloudEvents
 * binary mode ({@link io.saola.crm.platform.events.CloudEventHeaders}), key = aggregate id, waits for the
 * broker's acknowledgement (acks=all, idempotent producer) and then {@code $pull}s them from the document by
 * event id. A sweep ({@code saola.events.sweep.*}, every 2 s) republishes records older than a grace period
 * in every workspace: whatever a crash or a broker outage left behind. Delivery is at-least-once; an
 * aggregate's events are published in order (one lane per aggregate), with possible repeats.
 *
 * <h2>Consuming</h2>
 * Every {@code @KafkaListener} record runs inside the workspace of its {@code ce_tenantid} header; a record
 * without one, or one that cannot be read, goes straight to {@code <topic>.dlt}; a failing listener is retried
 * with exponential back-off ({@code saola.events.consumer.*}, 3 retries from 200 ms) and then dead-lettered
 * with its headers. Listeners take {@code ConsumerRecord<String, String>} (String deserializers, Boot's
 * default) and read it with {@link io.saola.crm.platform.events.ReceivedEvent}; a service that prefers typed
 * values uses {@code JacksonJsonDeserializer} behind an {@code ErrorHandlingDeserializer}, never the Jackson 2
 * {@code JsonDeserializer}. Handlers are idempotent by construction;
 * {@link io.saola.crm.platform.events.Inbox#processOnce} only skips known repeats. Topics, with their
 * dead-letter topics, are declared with {@link io.saola.crm.platform.events.EventTopics}. Dead-letter topics are
 * for inspection and replay by operators; a listener on one is bound to workspaces like any other, so a record
 * that had no workspace would be dead-lettered again ({@code <topic>.dlt.dlt}).
 */
package io.saola.crm.platform.events;
