package io.saola.crm.identity.signup;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.mongo.SharedAcrossWorkspaces;

/**
 * A sign-up waiting for its address to be confirmed, one per reserved slug. Only the SHA-256 of the mailed
 * secret is stored. {@code adminUserId} is set once the confirmation created the admin's login, so that a
 * confirmation cut short is completed by the same link.
 */
@Document("sign_up_requests")
@SharedAcrossWorkspaces(reason = "a sign-up is confirmed before its workspace exists, on the base domain")
record SignUpRequestDocument(@Id String slug, String email, String firstName, String lastName,
                             @Indexed(unique = true) String secretHash, Instant requestedAt, Instant expiresAt,
                             String adminUserId, @Version Long version) {

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    SignUpRequestDocument withAdmin(String userId) {
        return new SignUpRequestDocument(slug, email, firstName, lastName, secretHash, requestedAt, expiresAt, userId,
                version);
    }
}
