package io.saola.crm.gateway.workspace;

import java.util.Locale;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Reads the workspace from a {@code Host} header: {@code demo.localhost:8080} → {@code demo} when the base
 * domain is {@code localhost}. Case and port do not matter; a trailing dot is allowed. Only one label may
 * precede the base domain and it must be a valid slug, otherwise the host is foreign.
 */
public final class WorkspaceHosts {

    private final String baseDomain;
    private final String suffix;

    public WorkspaceHosts(String baseDomain) {
        String normalized = baseDomain.trim().toLowerCase(Locale.ROOT);
        if (normalized.startsWith(".")) {
            normalized = normalized.substring(1);
        }
        if (normalized.endsWith(".")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("The base domain must not be empty");
        }
        this.baseDomain = normalized;
        this.suffix = "." + normalized;
    }

    public String baseDomain() {
        return baseDomain;
    }

    public RequestHost resolve(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty() || hostHeader.charAt(0) == '[') {
            return RequestHost.FOREIGN;
        }
        int colon = hostHeader.indexOf(':');
        String host = (colon >= 0 ? hostHeader.substring(0, colon) : hostHeader).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals(baseDomain)) {
            return RequestHost.BASE_DOMAIN;
        }
        if (!host.endsWith(suffix)) {
            return RequestHost.FOREIGN;
        }
        String slug = host.substring(0, host.length() - suffix.length());
        if (slug.indexOf('.') >= 0 || !WorkspaceId.isValid(slug)) {
            return RequestHost.FOREIGN;
        }
        return RequestHost.workspace(WorkspaceId.of(slug));
    }
}
