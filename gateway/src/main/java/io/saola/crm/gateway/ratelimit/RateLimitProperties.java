package io.saola.crm.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled           whether requests are limited at all
 * @param requestsPerSecond sustained rate a workspace may send through one gateway instance
 * @param burst             requests a workspace may send at once after being idle
 * @param workspaces        most workspaces tracked at once (idle ones are forgotten first)
 */
@ConfigurationProperties("saola.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("200") double requestsPerSecond,
                                  @DefaultValue("400") long burst,
                                  @DefaultValue("100000") long workspaces) {

    public RateLimitProperties {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("saola.gateway.rate-limit needs a positive rate and a burst of at least 1");
        }
    }
}
