package io.saola.crm.identity.signup;

import java.util.Locale;
import java.util.Set;

import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * What a workspace address may be: 3 to 40 lowercase letters, digits and single hyphens, starting with a letter
 * or digit, and not a name the product keeps for itself (hosts such as {@code www} or {@code api}).
 */
final class SlugRules {

    static final Set<String> RESERVED = Set.of("www", "api", "app", "admin", "auth", "login", "logout", "signup",
            "sign-up", "register", "account", "accounts", "mail", "email", "smtp", "static", "assets", "cdn", "media",
            "files", "status", "health", "help", "support", "docs", "blog", "news", "dev", "test", "staging",
            "internal", "system", "root", "gateway", "keycloak", "identity", "saola", "localhost", "billing",
            "security", "webhooks", "partners", "console", "dashboard");

    private SlugRules() {
    }

    static WorkspaceId check(String slug) {
        String candidate = slug == null ? "" : slug.strip();
        if (candidate.length() < 3 || candidate.length() > 40) {
            throw InvalidFieldsException.of("slug", "must have 3 to 40 characters");
        }
        if (!candidate.equals(candidate.toLowerCase(Locale.ROOT)) || !WorkspaceId.isValid(candidate)) {
            throw InvalidFieldsException.of("slug",
                    "may contain only lowercase letters a-z, digits and single hyphens, not at either end");
        }
        if (RESERVED.contains(candidate)) {
            throw InvalidFieldsException.of("slug", "is reserved; choose another address");
        }
        return WorkspaceId.of(candidate);
    }
}
