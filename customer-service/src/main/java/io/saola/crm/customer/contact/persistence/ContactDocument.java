package io.saola.crm.customer.contact.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/** A contact as stored, with its search and duplicate keys and its pending events. */
@Document(ContactDocument.COLLECTION)
@CompoundIndex(name = "search", def = "{'tenantId': 1, 'searchKeys': 1}")
@CompoundIndex(name = "email", def = "{'tenantId': 1, 'email': 1}")
@CompoundIndex(name = "phones", def = "{'tenantId': 1, 'phoneKeys': 1}")
@CompoundIndex(name = "created", def = "{'tenantId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "owner_created", def = "{'tenantId': 1, 'ownerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "team_created", def = "{'tenantId': 1, 'teamId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "name", def = "{'tenantId': 1, 'name': 1, '_id': 1}")
@CompoundIndex(name = "account_primary", def = "{'tenantId': 1, 'accountId': 1, 'primary': 1}")
@CompoundIndex(name = "source_lead", def = "{'tenantId': 1, 'sourceLeadId': 1}")
record ContactDocument(@Id String id, String name, String title, String email, String mobile, String phone,
                       String accountId, boolean primary, String description, String company, String ownerId,
                       String teamId, String sourceLeadId, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy, Instant deletedAt, String deletedBy, List<String> searchKeys, List<String> phoneKeys,
                       List<OutboxRecord> outbox, @Version Long version) implements HasOutbox {

    static final String COLLECTION = "contacts";
}
