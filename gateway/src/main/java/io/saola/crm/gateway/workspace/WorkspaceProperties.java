package io.saola.crm.gateway.workspace;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseDomain    workspaces live at {@code <slug>.<baseDomain>}; the bare base domain only takes sign-ups
 * @param identityUrl   identity-service, which answers {@code GET /internal/workspaces/{slug}}
 * @param freshFor      how long a known workspace's status is used before it is looked up again
 * @param staleIfError  how long after its lookup a known status may still be used while identity-service
 *                      cannot be reached (at least {@code freshFor})
 * @param unknownFor    how long "no such workspace" is remembered
 * @param cacheSize     most workspaces remembered at once
 * @param lookupTimeout time identity-service has to answer a lookup
 */
@ConfigurationProperties("saola.gateway.workspaces")
public record WorkspaceProperties(@DefaultValue("localhost") String baseDomain,
                                  @DefaultValue("http://127.0.0.1:8081") URI identityUrl,
                                  @DefaultValue("30s") Duration freshFor,
                                  @DefaultValue("5m") Duration staleIfError,
                                  @DefaultValue("5s") Duration unknownFor,
                                  @DefaultValue("10000") long cacheSize,
                                  @DefaultValue("2s") Duration lookupTimeout) {

    public WorkspaceProperties {
        if (staleIfError.compareTo(freshFor) < 0) {
            staleIfError = freshFor;
        }
    }
}
