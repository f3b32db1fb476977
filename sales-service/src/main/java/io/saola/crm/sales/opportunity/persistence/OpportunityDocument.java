package io.saola.crm.sales.opportunity.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/**
 * An opportunity as stored, the amount as a decimal (never a double), its stage history and pending events.
 * Every index starts with the workspace.
 */
@Document(OpportunityDocument.COLLECTION)
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
@CompoundIndex(name = "created", def = "{'tenantId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "owner_created", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "team_created", def = "{'tenantId': 1, 'teamId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "stage_close", def = "{'tenantId': 1, 'stage': 1, 'expectedCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "account", def = "{'tenantId': 1, 'accountId': 1}")
@CompoundIndex(name = "name", def = "{'tenantId': 1, 'name': 1, '_id': 1}")
@CompoundIndex(name = "close_date", def = "{'tenantId': 1, 'expectedCloseDate': 1, '_id': 1}")
@CompoundIndex(name = "amount", def = "{'tenantId': 1, 'amount': 1, '_id': 1}")
@CompoundIndex(name = "probability", def = "{'tenantId': 1, 'probability': 1, '_id': 1}")
@CompoundIndex(name = "source_lead", def = "{'tenantId': 1, 'sourceLeadId': 1}")
record OpportunityDocument(@Id String id, String name, String accountId, String contactId,
                           @Field(targetType = FieldType.DECIMAL128) BigDecimal amount, String currency,
                           String stage, int probability, LocalDate expectedCloseDate, String productId,
                           List<String> competitorIds, List<String> partnerIds, String sourceLeadId,
                           String description, String lostReason, List<StageChangeDocument> stageHistory,
                           String ownerId, String teamId, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy, Instant deletedAt, String deletedBy, List<String> searchKeys,
                           List<OutboxRecord> outbox, @Version Long version) implements HasOutbox {

    static final String COLLECTION = "opportunities";

    record StageChangeDocument(String from, String to, String by, Instant at) {
    }
}
