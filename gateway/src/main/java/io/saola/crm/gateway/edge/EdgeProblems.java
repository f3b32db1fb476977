package io.saola.crm.gateway.edge;

import io.saola.crm.platform.web.ProblemType;

/** Problems only the gateway answers with; the generic ones are the platform's {@link ProblemType}s. */
final class EdgeProblems {

    static final ProblemType UNKNOWN_HOST = ProblemType.of("unknown-host", "Unknown host", 404);
    static final ProblemType UNKNOWN_WORKSPACE = ProblemType.of("unknown-workspace", "Unknown workspace", 404);
    static final ProblemType WORKSPACE_SUSPENDED =
            ProblemType.of("workspace-suspended", "Workspace suspended", 403);
    static final ProblemType NOT_A_MEMBER =
            ProblemType.of("not-a-workspace-member", "Not a member of this workspace", 403);
    static final ProblemType WORKSPACE_BUSY =
            ProblemType.of("workspace-busy", "Too many requests of this workspace in flight", 503);

    private EdgeProblems() {
    }
}
