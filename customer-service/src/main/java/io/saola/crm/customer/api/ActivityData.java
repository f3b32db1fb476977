package io.saola.crm.customer.api;

import java.time.Instant;

/** An activity as events carry it: what kind, about which record, its status and when. */
public record ActivityData(String kind, RecordReference about, String subject, String status, Instant at,
                           String ownerId, String teamId) {
}
