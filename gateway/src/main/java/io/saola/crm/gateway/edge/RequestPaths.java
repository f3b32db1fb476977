package io.saola.crm.gateway.edge;

import java.util.Locale;

/**
 * The gateway routes on the raw request path and forwards it unchanged, so the path it routes on must be the
 * path the service will act on. Dot segments, encoded dots or slashes, backslashes, path parameters and
 * empty segments could be normalised differently downstream (e.g. {@code /api/leads/../../internal/...}) and
 * are refused.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    static boolean isCanonical(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        if (path.indexOf('\\') >= 0 || path.indexOf(';') >= 0 || path.contains("//")) {
            return false;
        }
        if (path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..")) {
            return false;
        }
        if (path.indexOf('%') >= 0) {
            String lower = path.toLowerCase(Locale.ROOT);
            return !lower.contains("%2e") && !lower.contains("%2f") && !lower.contains("%5c")
                    && !lower.contains("%3b") && !lower.contains("%00");
        }
        return true;
    }
}
