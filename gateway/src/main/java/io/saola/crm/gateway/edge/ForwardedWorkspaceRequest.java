package io.saola.crm.gateway.edge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.saola.crm.platform.tenancy.WorkspaceHeaders;

/**
 * The request as the services see it: every header a client could use to claim a workspace
 * ({@link WorkspaceHeaders#CLIENT_TENANT_HEADERS}, any case) is gone, and
 * {@link WorkspaceHeaders#FORWARDED_WORKSPACE} carries the workspace the gateway resolved (absent for
 * sign-ups on the bare domain). Everything else, {@code Authorization} included, passes unchanged.
 */
final class ForwardedWorkspaceRequest extends HttpServletRequestWrapper {

    private final String workspace;

    ForwardedWorkspaceRequest(HttpServletRequest request, String workspace) {
        super(request);
        this.workspace = workspace;
    }

    static boolean isTenantHeader(String name) {
        for (String tenantHeader : WorkspaceHeaders.CLIENT_TENANT_HEADERS) {
            if (tenantHeader.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isForwardedWorkspace(String name) {
        return workspace != null && WorkspaceHeaders.FORWARDED_WORKSPACE.equalsIgnoreCase(name);
    }

    @Override
    public String getHeader(String name) {
        if (isForwardedWorkspace(name)) {
            return workspace;
        }
        return isTenantHeader(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (isForwardedWorkspace(name)) {
            return Collections.enumeration(List.of(workspace));
        }
        return isTenantHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        Enumeration<String> original = super.getHeaderNames();
        while (original.hasMoreElements()) {
            String name = original.nextElement();
            if (!isTenantHeader(name)) {
                names.add(name);
            }
        }
        if (workspace != null) {
            names.add(WorkspaceHeaders.FORWARDED_WORKSPACE);
        }
        return Collections.enumeration(names);
    }

    @Override
    public long getDateHeader(String name) {
        return isTenantHeader(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public int getIntHeader(String name) {
        if (isForwardedWorkspace(name) || isTenantHeader(name)) {
            return -1;
        }
        return super.getIntHeader(name);
    }
}
