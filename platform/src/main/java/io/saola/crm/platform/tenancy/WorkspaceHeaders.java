package io.saola.crm.platform.tenancy;

import java.util.List;

/** Names under which the workspace travels between processes. */
public final class WorkspaceHeaders {

    /** HTTP header the gateway sets after resolving the workspace from the host; clients may not send it. */
    public static final String FORWARDED_WORKSPACE = "X-Saola-Workspace";

    /** Every HTTP header name a client could use to claim a workspace; the gateway strips them all. */
    public static final List<String> CLIENT_TENANT_HEADERS =
            List.of(FORWARDED_WORKSPACE, "X-Tenant-Id", "X-Tenant", "X-Workspace", "X-Workspace-Id");

    /** CloudEvents extension attribute carrying the workspace, as a Kafka header (binary mode). */
    public static final String CLOUDEVENTS_TENANT = "ce_tenantid";

    private WorkspaceHeaders() {
    }
}
