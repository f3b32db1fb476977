package io.saola.crm.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServedByFilterTest {

    @Test
    void namesTheServiceThatAnswered() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ServedByFilter("sales-service").doFilter(new MockHttpServletRequest(), response,
                (req, res) -> { });

        assertThat(response.getHeaders(ServedByFilter.HEADER)).containsExactly("sales-service");
    }

    @Test
    void aRelayedAnswerKeepsTheNameOfTheServiceBehindTheGateway() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ServedByFilter("gateway").doFilter(new MockHttpServletRequest(), response, (req, res) -> {
            relayServiceHeaders((jakarta.servlet.http.HttpServletResponse) res);
        });

        assertThat(response.getHeaders(ServedByFilter.HEADER)).containsExactly("identity-service");
        assertThat(response.getHeaders("Vary")).containsExactly("Origin", "Accept");
    }

    /** What the gateway's proxy does with the service's response headers: adds them one by one. */
    private static void relayServiceHeaders(jakarta.servlet.http.HttpServletResponse response) {
        response.addHeader("X-Saola-Service", "identity-service");
        response.addHeader("Vary", "Origin");
        response.addHeader("Vary", "Accept");
    }
}
