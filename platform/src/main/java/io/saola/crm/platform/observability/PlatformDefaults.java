package io.saola.crm.platform.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the platform's operating defaults with the lowest precedence, so any service's application.yml or
 * environment can override them. Virtual threads are switched on only when the JVM supports them (21+):
 * the code is compiled for 17 and runs on the newest JDK available.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "saolaPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "never");
        defaults.put("management.health.livenessstate.enabled", "true");
        defaults.put("management.health.readinessstate.enabled", "true");
        defaults.put("management.tracing.sampling.probability", "0.1");
        defaults.put("management.metrics.tags.application", "${spring.application.name:saola}");
        defaults.put("logging.pattern.correlation", "[${spring.application.name:},%X{traceId:-},%X{spanId:-},ws=%X{workspace:-}] ");
        defaults.put("logging.include-application-name", "false");
        defaults.put("server.address", "127.0.0.1");
        defaults.put("server.shutdown", "graceful");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("spring.data.mongodb.auto-index-creation", "true");
        defaults.put("spring.threads.virtual.enabled", String.valueOf(Runtime.version().feature() >= 21));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
