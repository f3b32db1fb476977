package io.saola.crm.deploy;

import java.util.List;

/** One part of the platform as the launcher starts it: its own OS process. */
abstract class Component {

    /** A port the part binds, and the variable that moves it (for the "port in use" message). */
    record PortUse(int port, String variable) {
    }

    private final String name;

    Component(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    /** Main port (shown in status). */
    abstract int port();

    /** Every port it binds. */
    abstract List<PortUse> ports();

    /** Where a person or client reaches it. */
    abstract String url();

    /** {@code http://...} (200 = UP) or {@code tcp://host:port}; used by status. */
    abstract String healthUri();

    /** Stop order: higher layers stop first. */
    abstract int layer();

    /** Parts that must be ready before this one starts (only those started in this run count). */
    abstract List<String> dependencies();

    /** One-time or per-start preparation (unpack, build, format): may be slow; runs before {@link #command}. */
    void prepare(Platform platform) throws Exception {
    }

    /** The process to start; the platform adds log redirection and its own session. */
    abstract ProcessBuilder command(Platform platform) throws Exception;

    /** Whether the started process is ready for clients. */
    boolean ready(ManagedProcess process) {
        return Probes.healthy(healthUri());
    }
}
