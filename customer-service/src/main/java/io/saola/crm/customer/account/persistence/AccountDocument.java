package io.saola.crm.customer.account.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/**
 * An account as stored, with its search keys and duplicate keys, and its pending events. Every index starts
 * with the workspace; the query-shapes test lists which query each one serves.
 */
@Document(AccountDocument.COLLECTION)
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
@CompoundIndex(name = "email", def = "{'tenantId': 1, 'email': 1}")
@CompoundIndex(name = "phones", def = "{'tenantId': 1, 'phoneKeys': 1}")
@CompoundIndex(name = "created", def = "{'tenantId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "owner_created", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "team_created", def = "{'tenantId': 1, 'teamId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "name", def = "{'tenantId': 1, 'name': 1, '_id': 1}")
@CompoundIndex(name = "source_lead", def = "{'tenantId': 1, 'sourceLeadId': 1}")
@CompoundIndex(name = "primary_contact", def = "{'tenantId': 1, 'primaryContactId': 1}")
record AccountDocument(@Id String id, String type, String name, String status, String industry, String taxCode,
                       String phone, String mobile, String email, String website, Address address,
                       String primaryContactId, String description, String ownerId, String teamId,
                       String sourceLeadId, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy, Instant deletedAt, String deletedBy, List<String> searchKeys,
                       List<String> phoneKeys, List<OutboxRecord> outbox, @Version Long version)
        implements HasOutbox {

    static final String COLLECTION = "accounts";
}
