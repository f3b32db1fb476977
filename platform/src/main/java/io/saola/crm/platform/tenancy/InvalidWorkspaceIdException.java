package io.saola.crm.platform.tenancy;

/** A workspace slug that does not have the shape of one (lowercase letters, digits, inner hyphens, 3-40 chars). */
public class InvalidWorkspaceIdException extends IllegalArgumentException {

    public InvalidWorkspaceIdException(String slug) {
        super("Not a valid workspace id: " + (slug == null ? "null" : '"' + abbreviate(slug) + '"'));
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
