package io.saola.crm.identity.member;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/** A person's membership of one workspace (the platform keeps it inside that workspace). */
@Document(MemberDocument.COLLECTION)
@CompoundIndex(name = "member_user", def = "{'tenantId': 1, 'userId': 1}", unique = true)
@CompoundIndex(name = "member_email", def = "{'tenantId': 1, 'email': 1}")
record MemberDocument(@Id String id, String userId, String email, String name, List<String> roles, String status,
                      Instant joinedAt, Instant deactivatedAt, @Version Long version, List<OutboxRecord> outbox)
        implements HasOutbox {

    static final String COLLECTION = "members";
    static final String ACTIVE = "ACTIVE";
    static final String DEACTIVATED = "DEACTIVATED";

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    long nextVersion() {
        return version == null ? 0 : version + 1;
    }
}
