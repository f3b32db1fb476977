package io.saola.crm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.saola.crm.platform.list.ListQueryAutoConfiguration;
import io.saola.crm.platform.tenancy.MissingWorkspaceException;

/** What a client sees from a real servlet container when things fail outside controllers too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "server.error.include-stacktrace=never",
                "spring.mvc.problemdetails.enabled=true"})
class ServletContainerProblemsTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, WebProblemsAutoConfiguration.class,
            ListQueryAutoConfiguration.class})
    @Import(ProblemTestController.class)
    static class TestApplication {

        @Bean
        OncePerRequestFilter failingFilter() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                FilterChain chain) throws IOException, jakarta.servlet.ServletException {
                    switch (request.getRequestURI()) {
                        case "/filter/no-workspace" -> throw new MissingWorkspaceException("the tenant filter");
                        case "/filter/crash" -> throw new IllegalStateException("secret: hunter2");
                        case "/filter/unauthorized" -> response.sendError(401, "secret: hunter2");
                        default -> chain.doFilter(request, response);
                    }
                }
            };
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Test
    void standsInForBootsProblemHandlerAndErrorController() {
        assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class).values())
                .singleElement().isInstanceOf(ProblemExceptionHandler.class);
        assertThat(context.getBeansOfType(ErrorController.class).values())
                .singleElement().isInstanceOf(ProblemErrorController.class);
    }

    @ParameterizedTest
    @CsvSource({
            "/test/typed/abc, 400, malformed-request",
            "/test/list?filter=tenantId%20eq%20'x', 400, invalid-list-query",
    })
    void answersMvcRefusalsWithThePlatformsTypes(String pathAndQuery, int status, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("\"type\":\"https://saola.io/problems/" + type + "\"");
    }

    @ParameterizedTest
    @CsvSource({
            "/filter/no-workspace, 403, missing-workspace",
            "/filter/crash, 500, internal-error",
            "/filter/unauthorized, 401, unauthorized",
            "/nowhere, 404, not-found",
            "/test/boom, 500, internal-error",
            "/test/leads/l-7, 404, record-not-found",
    })
    void answersProblemJsonAndNeverHtml(String path, int status, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://saola.io/problems/" + type + "\"")
                .contains("\"instance\":\"" + path + "\"")
                .doesNotContain("<html", "hunter2", "Exception", "trace\"");
    }
}
