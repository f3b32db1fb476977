package io.saola.crm.gateway.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One {@link StubService} per service of the route table, started once per JVM and stopped when it exits (a
 * Spring test context cached for later test classes must not point at stopped stubs).
 */
public final class StubServices {

    public static final List<String> SERVICES =
            List.of("identity", "customer", "sales", "sales-data", "service-desk", "marketing", "reporting");

    private static final StubServices SHARED = new StubServices();

    private final Map<String, StubService> byName = new LinkedHashMap<>();

    private StubServices() {
        SERVICES.forEach(name -> byName.put(name, StubService.start(name)));
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> byName.values().forEach(StubService::close), "stub-services-stop"));
    }

    public static StubServices shared() {
        return SHARED;
    }

    public StubService get(String service) {
        StubService stub = byName.get(service);
        if (stub == null) {
            throw new IllegalArgumentException("No stub for " + service);
        }
        return stub;
    }

    public StubService identity() {
        return get("identity");
    }

    /** Points every route, and the workspace lookup, at the stubs. */
    public void register(DynamicPropertyRegistry registry) {
        byName.forEach((name, stub) ->
                registry.add("saola.gateway.routing.services." + name + ".url", stub::url));
        registry.add("saola.gateway.workspaces.identity-url", identity()::url);
    }

    public void reset() {
        byName.values().forEach(StubService::reset);
    }
}
