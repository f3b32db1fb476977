package io.saola.crm.deploy;

import java.util.List;

/** One or more ports the platform needs are taken; raised before anything is started. */
public class PortInUseException extends PlatformException {

    private final List<String> conflicts;

    public PortInUseException(List<String> conflicts) {
        super(String.join(System.lineSeparator(), conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** One human-readable line per taken port, naming the part, the port and the variable that moves it. */
    public List<String> conflicts() {
        return conflicts;
    }
}
