package io.saola.crm.sales.record.domain;

import java.time.Instant;
import java.util.Objects;

/** Who makes a change, in which workspace, and when: stamped on the record and its events. */
public record Origin(String workspace, String userId, Instant at) {

    public Origin {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
