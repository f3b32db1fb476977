package io.saola.crm.identity.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Where people reach the product, for the links in mails: {@code saola.web.base-url} is the address of the base
 * domain ({@code http://localhost:8080} locally), a workspace is the same address with {@code <slug>.} before the
 * host.
 */
@Component
public class PublicLinks {

    private final URI base;

    PublicLinks(@Value("${saola.web.base-url:http://localhost:8080}") String baseUrl) {
        URI parsed = URI.create(baseUrl);
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            throw new IllegalArgumentException("saola.web.base-url must be an absolute URL: " + baseUrl);
        }
        this.base = parsed;
    }

    /** {@code <base>/<path>?<name>=<value>}. */
    public String onBaseDomain(String path, String name, String value) {
        return origin(base.getHost()) + path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String inWorkspace(WorkspaceId workspace, String path, String name, String value) {
        return workspaceOrigin(workspace) + path + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code scheme://<slug>.<host>[:port]}: the workspace's origin, as a browser sends it. */
    public String workspaceOrigin(WorkspaceId workspace) {
        return origin(workspace.slug() + "." + base.getHost());
    }

    public String baseDomain() {
        return origin(base.getHost()) + "/";
    }

    private String origin(String host) {
        return base.getScheme() + "://" + host + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }
}
