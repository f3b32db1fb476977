package io.saola.crm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

class ProblemErrorReportValveTest {

    private WebServer server;

    @BeforeEach
    void startTomcatAsBootConfiguresIt() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(java.net.InetAddress.getLoopbackAddress());
        factory.addContextCustomizers(context -> {
            ErrorReportValve bootsValve = new ErrorReportValve();
            bootsValve.setShowReport(false);
            bootsValve.setShowServerInfo(false);
            context.getParent().getPipeline().addValve(bootsValve);
        });
        new WebProblemsAutoConfiguration.ProblemErrorReportValveCustomizer().customize(factory);
        server = factory.getWebServer(servletContext -> { });
        server.start();
    }

    @AfterEach
    void stopTomcat() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /a\u0001b HTTP/1.1", "GARBAGE", "GET /x HTTP/1.1\r\nBad Header"})
    void answersRequestsTomcatRefusesWithProblemJson(String requestLine) throws IOException {
        String response = send(requestLine + "\r\nHost: acme.localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"type\":\"https://saola.io/problems/malformed-request\"")
                .contains("\"status\":400")
                .doesNotContain("<html");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
