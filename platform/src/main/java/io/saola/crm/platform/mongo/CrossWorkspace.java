package io.saola.crm.platform.mongo;

import java.util.function.Supplier;

/**
 * The one, explicit way to touch workspace-scoped collections across all workspaces: platform machinery
 * such as the outbox sweep, which must find unpublished events wherever they are. Services never use it
 * (an architecture test in every service checks that).
 */
public final class CrossWorkspace {

    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private CrossWorkspace() {
    }

    public static <T> T call(String reason, Supplier<T> work) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cross-workspace access needs a reason");
        }
        String previous = REASON.get();
        REASON.set(reason);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REASON.remove();
            } else {
                REASON.set(previous);
            }
        }
    }

    public static void run(String reason, Runnable work) {
        call(reason, () -> {
            work.run();
            return null;
        });
    }

    static boolean active() {
        return REASON.get() != null;
    }
}
