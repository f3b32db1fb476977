package io.saola.crm.identity.member;

import java.time.Instant;
import java.util.List;

/** A member as the API shows it. */
public record MemberView(String userId, String email, String name, List<String> roles, String status,
                         Instant joinedAt, long version) {

    static MemberView of(MemberDocument document) {
        return new MemberView(document.userId(), document.email(), document.name(), document.roles(),
                document.status(), document.joinedAt(), document.version() == null ? 0 : document.version());
    }
}
