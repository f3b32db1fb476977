package io.saola.crm.sales.lead.persistence;

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
import io.saola.crm.sales.record.domain.Address;

/**
 * A lead as stored, with its search keys, its phone keys for duplicate detection, its last conversion and its
 * pending events. Every index starts with the workspace.
 */
@Document(LeadDocument.COLLECTION)
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
@CompoundIndex(name = "email", def = "{'tenantId': 1, 'email': 1}")
@CompoundIndex(name = "phones", def = "{'tenantId': 1, 'phoneKeys': 1}")
@CompoundIndex(name = "created", def = "{'tenantId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "owner_created", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "team_created", def = "{'tenantId': 1, 'teamId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "status_created", def = "{'tenantId': 1, 'status': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "person_name", def = "{'tenantId': 1, 'personName': 1, '_id': 1}")
@CompoundIndex(name = "company", def = "{'tenantId': 1, 'company': 1, '_id': 1}")
record LeadDocument(@Id String id, String kind, String personName, String company, String title, String email,
                    String mobile, String phone, Address address, String source, String campaignId, String rating,
                    String productOfInterestId, String description, String status, String statusReason,
                    String ownerId, String teamId, Instant createdAt, String createdBy, Instant updatedAt,
                    String updatedBy, Instant deletedAt, String deletedBy, List<String> searchKeys,
                    List<String> phoneKeys, ConversionDocument conversion, List<OutboxRecord> outbox,
                    @Version Long version) implements HasOutbox {

    static final String COLLECTION = "leads";

    /** The lead's last conversion; the amount as a decimal, never a double. */
    record ConversionDocument(String id, int attempt, String state, String previousStatus, String requestedBy,
                              Instant requestedAt, Instant retryAt, Instant giveUpAt, String existingAccountId,
                              String existingContactId, String opportunityName,
                              @Field(targetType = FieldType.DECIMAL128) BigDecimal amount, String currency,
                              LocalDate expectedCloseDate, String productId, Instant finishedAt, String accountId,
                              String contactId, String opportunityId, String failureReason,
                              String failureMessage) {
    }
}
