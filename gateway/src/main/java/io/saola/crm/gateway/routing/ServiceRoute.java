package io.saola.crm.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One entry of the route table: requests whose path is one of {@code pathPrefixes} or lies below one go to
 * {@code service} at {@code url}, which has {@code timeout} to start answering.
 */
public record ServiceRoute(String service, URI url, List<String> pathPrefixes, Duration timeout) {

    public ServiceRoute {
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    /** True for a prefix itself and for paths below it ({@code /api/leads}, {@code /api/leads/42}), never for {@code /api/leadsx}. */
    public boolean matches(String path) {
        for (String prefix : pathPrefixes) {
            if (path.startsWith(prefix)
                    && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
