package io.saola.crm.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's shares, besides each workspace's request rate ({@link RateLimitProperties}).
 *
 * @param maxConcurrentPerWorkspace requests of one workspace in flight at once through one gateway instance; the
 *                                  next one is answered 503 at once (never queued), so a workspace whose requests
 *                                  are slow or hang cannot hold the threads every other workspace needs
 * @param anonymousRequestsPerSecond sustained rate of one client address on the routes without a workspace token
 *                                  (sign-up, its confirmation, invitation acceptance); they never spend a
 *                                  workspace's budget
 * @param anonymousBurst            requests one client address may send at once on those routes
 * @param clients                   most client addresses tracked at once (idle ones are forgotten first)
 */
@ConfigurationProperties("saola.gateway.limits")
public record EdgeLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("32") int maxConcurrentPerWorkspace,
                                  @DefaultValue("1") double anonymousRequestsPerSecond,
                                  @DefaultValue("20") long anonymousBurst,
                                  @DefaultValue("100000") long clients) {

    public EdgeLimitProperties {
        if (maxConcurrentPerWorkspace < 1 || anonymousRequestsPerSecond <= 0 || anonymousBurst < 1) {
            throw new IllegalArgumentException("saola.gateway.limits needs positive limits");
        }
    }
}
