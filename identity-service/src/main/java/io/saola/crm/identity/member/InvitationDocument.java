package io.saola.crm.identity.member;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invitation to join a workspace with roles. Only the SHA-256 of its secret is stored: the secret itself is
 * shown once, to the admin who invites, and travels in the acceptance link.
 */
@Document(InvitationDocument.COLLECTION)
@CompoundIndex(name = "invitation_secret", def = "{'tenantId': 1, 'secretHash': 1}", unique = true)
@CompoundIndex(name = "invitation_email", def = "{'tenantId': 1, 'email': 1, 'status': 1}")
record InvitationDocument(@Id String id, String email, List<String> roles, String secretHash, String status,
                          String invitedBy, Instant createdAt, Instant expiresAt, String acceptedUserId,
                          @Version Long version) {

    static final String COLLECTION = "invitations";
    static final String PENDING = "PENDING";
    static final String ACCEPTED = "ACCEPTED";
    static final String REVOKED = "REVOKED";

    boolean isPending() {
        return PENDING.equals(status);
    }

    InvitationDocument withStatus(String newStatus, String userId) {
        return new InvitationDocument(id, email, roles, secretHash, newStatus, invitedBy, createdAt, expiresAt, userId,
                version);
    }
}
