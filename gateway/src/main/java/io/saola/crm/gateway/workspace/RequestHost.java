package io.saola.crm.gateway.workspace;

import io.saola.crm.platform.tenancy.WorkspaceId;

/** What the {@code Host} of a request names: a workspace, the bare base domain, or something else. */
public record RequestHost(Kind kind, WorkspaceId workspace) {

    public enum Kind { WORKSPACE, BASE_DOMAIN, FOREIGN }

    static final RequestHost BASE_DOMAIN = new RequestHost(Kind.BASE_DOMAIN, null);
    static final RequestHost FOREIGN = new RequestHost(Kind.FOREIGN, null);

    static RequestHost workspace(WorkspaceId workspace) {
        return new RequestHost(Kind.WORKSPACE, workspace);
    }
}
