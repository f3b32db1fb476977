package io.saola.crm.identity.team;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/**
 * A team of the workspace: a manager and members. Its id is also its group name in the identity provider
 * ({@code /<workspace>/teams/<id>}), so it reaches the services inside tokens. A removed team is kept, marked,
 * until its last event is published.
 */
@Document(TeamDocument.COLLECTION)
@CompoundIndex(name = "team_name", def = "{'tenantId': 1, 'nameKey': 1}")
record TeamDocument(@Id String id, String name, String nameKey, String managerId, List<String> memberIds,
                    boolean removed, @Version Long version, List<OutboxRecord> outbox) implements HasOutbox {

    static final String COLLECTION = "teams";

    long nextVersion() {
        return version == null ? 0 : version + 1;
    }
}
