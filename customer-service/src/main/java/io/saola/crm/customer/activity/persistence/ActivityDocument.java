package io.saola.crm.customer.activity.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/** An activity as stored: flat, the fields of other kinds empty, with the moves it took part in. */
@Document(ActivityDocument.COLLECTION)
@CompoundIndex(name = "timeline", def = "{'tenantId': 1, 'aboutType': 1, 'aboutId': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "about_id", def = "{'tenantId': 1, 'aboutType': 1, 'aboutId': 1, '_id': 1}")
@CompoundIndex(name = "moves", def = "{'tenantId': 1, 'moves.operationId': 1}")
@CompoundIndex(name = "at", def = "{'tenantId': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "owner_at", def = "{'tenantId': 1, 'ownerId': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "team_at", def = "{'tenantId': 1, 'teamId': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
record ActivityDocument(@Id String id, String kind, String subject, String description, String aboutType,
                        String aboutId, Instant at, boolean done, String status, String direction,
                        Integer durationSeconds, String outcome, Instant endAt, String location,
                        List<String> participants, String priority, String ownerId, String teamId,
                        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt,
                        String deletedBy, List<MoveDocument> moves, List<String> searchKeys,
                        List<OutboxRecord> outbox, @Version Long version) implements HasOutbox {

    static final String COLLECTION = "activities";

    record MoveDocument(String operationId, String fromType, String fromId, String toType, String toId,
                        boolean reversed) {
    }
}
