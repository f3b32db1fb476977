package io.saola.crm.gateway.workspace;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class WorkspaceConfiguration {

    static final String IDENTITY_CIRCUIT = "identity-workspaces";

    @Bean
    WorkspaceHosts workspaceHosts(WorkspaceProperties properties) {
        return new WorkspaceHosts(properties.baseDomain());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService workspaceRefreshExecutor() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "workspace-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    WorkspaceDirectory workspaceDirectory(WorkspaceProperties properties, RestClient.Builder restClientBuilder,
                                          CircuitBreakerRegistry circuitBreakers,
                                          ExecutorService workspaceRefreshExecutor) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.lookupTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.lookupTimeout());
        RestClient identity = restClientBuilder
                .baseUrl(properties.identityUrl().toString())
                .requestFactory(requestFactory)
                .build();
        return new WorkspaceDirectory(new IdentityWorkspaces(identity),
                circuitBreakers.circuitBreaker(IDENTITY_CIRCUIT), properties, workspaceRefreshExecutor);
    }
}
