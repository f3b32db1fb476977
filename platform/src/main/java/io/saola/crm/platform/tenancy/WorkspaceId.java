package io.saola.crm.platform.tenancy;

import java.util.regex.Pattern;

/**
 * A workspace (tenant) identifier: its slug, which is also its subdomain and its Keycloak organization alias.
 */
public record WorkspaceId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");

    public WorkspaceId {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.contains("--")) {
            throw new InvalidWorkspaceIdException(slug);
        }
    }

    public static WorkspaceId of(String slug) {
        return new WorkspaceId(slug);
    }

    public static boolean isValid(String slug) {
        return slug != null && SLUG.matcher(slug).matches() && !slug.contains("--");
    }

    @Override
    public String toString() {
        return slug;
    }
}
