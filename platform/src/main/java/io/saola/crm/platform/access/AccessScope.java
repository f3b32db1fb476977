package io.saola.crm.platform.access;

import java.util.Locale;

/**
 * Whose records a permission reaches: the member's own ({@code ownerId} is them), their teams' ({@code teamId}
 * is one of their teams, or they own it), or every record of the workspace. Ordered from narrowest to widest.
 */
public enum AccessScope {
    MINE, TEAM, ALL;

    public boolean covers(AccessScope other) {
        return compareTo(other) >= 0;
    }

    public static AccessScope widest(AccessScope a, AccessScope b) {
        if (a == null) {
            return b;
        }
        return b == null || a.covers(b) ? a : b;
    }

    /** The {@code scope} request parameter: {@code mine}, {@code team} or {@code all}, any case. */
    public static AccessScope fromParameter(String value) {
        for (AccessScope scope : values()) {
            if (scope.name().equalsIgnoreCase(value.trim())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope must be mine, team or all, not '" + value + "'");
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
