package io.saola.crm.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles a member holds inside one workspace. Roles are per workspace, never global. */
public enum Role {
    WORKSPACE_ADMIN("workspace-admin"),
    SALES_MANAGER("sales-manager"),
    SALES_REP("sales-rep"),
    SUPPORT_AGENT("support-agent"),
    MARKETER("marketer");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    /** The name of the Keycloak group, under the workspace's group, whose members hold this role. */
    public String groupName() {
        return groupName;
    }

    public static Optional<Role> fromGroupName(String name) {
        return Arrays.stream(values()).filter(role -> role.groupName.equals(name)).findFirst();
    }
}
