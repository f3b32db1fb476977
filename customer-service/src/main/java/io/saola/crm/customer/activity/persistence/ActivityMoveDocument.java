package io.saola.crm.customer.activity.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A move operation; unique per workspace and operation id. */
@Document(ActivityMoveDocument.COLLECTION)
@CompoundIndex(name = "operation", def = "{'tenantId': 1, 'operationId': 1}", unique = true)
record ActivityMoveDocument(@Id String id, String operationId, String fromType, String fromId, String toType,
                            String toId, String state, int moved, Instant startedAt, Instant finishedAt) {

    static final String COLLECTION = "activity_moves";
}
