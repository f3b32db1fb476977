package io.saola.crm.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The workspace the current thread works for. Set at the edges (the HTTP filter, the Kafka consumer) with
 * {@link #runAs}/{@link #callAs}, which restore the previous value afterwards, and copied onto async tasks by
 * {@link WorkspaceTaskDecorator}. The workspace also goes into the logging MDC under {@value #MDC_KEY}.
 */
public final class WorkspaceContext {

    public static final String MDC_KEY = "workspace";

    private static final ThreadLocal<WorkspaceId> CURRENT = new ThreadLocal<>();

    private WorkspaceContext() {
    }

    public static Optional<WorkspaceId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current workspace; throws {@link MissingWorkspaceException} when there is none. */
    public static WorkspaceId require(String what) {
        WorkspaceId workspace = CURRENT.get();
        if (workspace == null) {
            throw new MissingWorkspaceException(what);
        }
        return workspace;
    }

    public static void runAs(WorkspaceId workspace, Runnable work) {
        callAs(workspace, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(WorkspaceId workspace, Supplier<T> work) {
        WorkspaceId previous = CURRENT.get();
        set(workspace);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    /**
     * Binds a workspace to this thread until the returned scope is closed. For edges that cannot wrap their
     * work in a lambda (servlet filters, listener interceptors).
     */
    public static Scope open(WorkspaceId workspace) {
        WorkspaceId previous = CURRENT.get();
        set(workspace);
        return () -> set(previous);
    }

    private static void set(WorkspaceId workspace) {
        if (workspace == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(workspace);
            MDC.put(MDC_KEY, workspace.slug());
        }
    }

    /** A binding of a workspace to the current thread; closing it restores what was there before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
