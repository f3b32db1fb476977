package io.saola.crm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponsesTest {

    @AfterEach
    void clearTrace() {
        MDC.remove("traceId");
    }

    @Test
    void writesProblemJsonForHandlersOutsideControllers() throws Exception {
        MDC.put("traceId", "0af7651916cd43dd8448eb211c80319c");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/leads");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, null,
                "Slow down: at most 100 requests a minute.");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(body.get("type").asString()).isEqualTo("https://saola.io/problems/too-many-requests");
        assertThat(body.get("title").asString()).isEqualTo("Too many requests");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("detail").asString()).isEqualTo("Slow down: at most 100 requests a minute.");
        assertThat(body.get("instance").asString()).isEqualTo("/api/leads");
        assertThat(body.get("traceId").asString()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void keepsTheCallersTitleAndLeavesOutWhatIsUnknown() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Token expired", "Sign in again.");

        JsonNode body = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(body.get("type").asString()).isEqualTo("https://saola.io/problems/unauthorized");
        assertThat(body.get("title").asString()).isEqualTo("Token expired");
        assertThat(body.has("instance")).isFalse();
        assertThat(body.has("traceId")).isFalse();
    }

    @Test
    void writesNothingOnceTheResponseIsCommitted() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(200);
        response.getWriter().write("partial");
        response.flushBuffer();

        ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, null, "Down.");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("partial");
    }
}
