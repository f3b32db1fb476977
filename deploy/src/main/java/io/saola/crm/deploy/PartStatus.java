package io.saola.crm.deploy;

/**
 * One part as {@code ./saola status} shows it.
 *
 * @param health UP (process alive and its health check passes), DOWN (alive, check fails) or STOPPED (no process)
 */
public record PartStatus(String name, long pid, int port, String url, String health, long rssBytes) {

    public boolean up() {
        return "UP".equals(health);
    }
}
