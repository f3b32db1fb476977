package io.saola.crm.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.saola.crm.platform.tenancy.MissingWorkspaceException;

@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class ProblemExceptionHandlerTest {

    private static final String PROBLEMS = "https://saola.io/problems/";

    @SpringBootConfiguration
    @Import(ProblemTestController.class)
    static class TestApplication {
    }

    @Autowired
    private MockMvc mvc;

    @AfterEach
    void clearTrace() {
        MDC.remove("traceId");
    }

    @Test
    void listsEveryInvalidFieldOfABody() throws Exception {
        String lead = """
                {"name": " ", "email": "not-an-email", "amount": -5, "contact": {"email": ""},
                 "tags": ["", "a", "b"], "password": "short"}""";

        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content(lead), 422, "validation")
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.detail").value("7 fields are invalid."))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "amount", "contact.email", "email", "name", "password", "tags", "tags[0]")))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(-5))
                .andExpect(jsonPath("$.errors[2].rejectedValue").value("not-an-email"))
                .andExpect(jsonPath("$.errors[4].rejectedValue").doesNotExist())
                .andExpect(content().string(not(containsString("short"))));
    }

    @Test
    void listsEveryInvalidParameter() throws Exception {
        problem(get("/test/leads").param("limit", "0").param("q", "a"), 422, "validation")
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(0))
                .andExpect(jsonPath("$.errors[1].field").value("q"));
    }

    @Test
    void listsViolationsFoundByServiceLevelValidation() throws Exception {
        problem(post("/test/service-validation"), 422, "validation")
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "contact.email", "name", "tags[1]")));
    }

    @Test
    void explainsMalformedJsonWithItsPosition() throws Exception {
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\",\n \"email\" "),
                400, "malformed-request")
                .andExpect(jsonPath("$.detail", startsWith("The JSON body ends unexpectedly at line 2")));
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content("{\"name\": 'x'}"),
                400, "malformed-request")
                .andExpect(jsonPath("$.detail", startsWith("The body is not well-formed JSON at line 1, column")));
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content(""), 400, "malformed-request")
                .andExpect(jsonPath("$.detail").value("The request body is missing."));
    }

    @Test
    void namesTheFieldOfAWrongJsonType() throws Exception {
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"lots\"}"),
                400, "malformed-request")
                .andExpect(jsonPath("$.detail").value("Field 'amount' must be a number (got 'lots')."))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("lots"));
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content("{\"contact\": [1]}"),
                400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("contact"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an object"));
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tags\": [\"a\", {\"b\": 1}]}"), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("tags[1]"));
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"createdAt\": \"yesterday\"}"), 400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].message", startsWith("must be an ISO-8601 date-time")));
    }

    @Test
    void listsTheValuesOfAnUnknownEnumConstant() throws Exception {
        problem(post("/test/leads").contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"LOST\"}"),
                400, "malformed-request")
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [NEW, QUALIFIED]"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("LOST"));
    }

    @Test
    void refusesBodiesBeyondJacksonsLimitsAsTooLarge() throws Exception {
        String deep = "{\"a\": " + "[".repeat(3000) + "]".repeat(3000) + "}";

        problem(post("/test/anything").contentType(MediaType.APPLICATION_JSON).content(deep), 413,
                "payload-too-large");
    }

    @Test
    void answersBadParametersMissingParametersAndWrongRoutes() throws Exception {
        problem(get("/test/typed/abc"), 400, "malformed-request")
                .andExpect(jsonPath("$.detail").value("Parameter 'number' must be an integer."))
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("abc"));
        problem(get("/test/leads").param("q", "abcd"), 400, "malformed-request")
                .andExpect(jsonPath("$.detail").value("Required parameter 'limit' is missing."));
        problem(get("/test/nowhere"), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("No endpoint GET /test/nowhere."));
        problem(delete("/test/boom"), 405, "method-not-allowed")
                .andExpect(header().string("Allow", "GET"));
        problem(post("/test/leads").contentType(MediaType.TEXT_PLAIN).content("hello"), 415,
                "unsupported-media-type");
        problem(get("/test/typed/1").accept(MediaType.IMAGE_PNG), 406, "not-acceptable");
    }

    @Test
    void answersProblemJsonEvenToBrowsers() throws Exception {
        problem(get("/test/leads/l-1").accept(MediaType.TEXT_HTML), 404, "record-not-found");
    }

    @Test
    void mapsThePlatformsTypedExceptions() throws Exception {
        problem(get("/test/leads/l-1"), 404, "record-not-found")
                .andExpect(jsonPath("$.detail").value("Lead 'l-1' was not found."))
                .andExpect(jsonPath("$.recordType").value("Lead"))
                .andExpect(jsonPath("$.recordId").value("l-1"));
        problem(post("/test/leads/l-1/version-conflict"), 409, "version-conflict")
                .andExpect(jsonPath("$.expectedVersion").value(3))
                .andExpect(jsonPath("$.currentVersion").value(4));
        problem(post("/test/leads/l-1/if-match"), 412, "precondition-failed")
                .andExpect(jsonPath("$.currentETag").value("\"4\""));
        problem(post("/test/leads/l-1/unconditional"), 428, "precondition-required");
        problem(post("/test/leads/l-1/conversion"), 409, "invalid-state-transition")
                .andExpect(jsonPath("$.detail").value("Lead 'l-1' is CONVERTED and cannot become CONVERTING."))
                .andExpect(jsonPath("$.currentState").value("CONVERTED"));
        problem(post("/test/accounts"), 409, "duplicate-record")
                .andExpect(jsonPath("$.existingId").value("acc-42"));
        problem(get("/test/forbidden"), 403, "forbidden")
                .andExpect(jsonPath("$.detail").value("Only sales managers can reassign leads."));
        problem(post("/test/uploads"), 413, "payload-too-large")
                .andExpect(jsonPath("$.maxBytes").value(1024));
        problem(post("/test/uploads/busy"), 503, "service-unavailable")
                .andExpect(header().string("Retry-After", "10"));
    }

    @Test
    void mapsStoreConflictsWithoutRevealingTheStoresMessage() throws Exception {
        problem(post("/test/accounts/raw-duplicate"), 409, "duplicate-record")
                .andExpect(content().string(not(containsString("E11000"))))
                .andExpect(content().string(not(containsString("acme"))));
        problem(post("/test/accounts/stale"), 409, "version-conflict")
                .andExpect(content().string(not(containsString("collection"))));
    }

    @Test
    void mapsSecurityAndWorkspaceRefusals() throws Exception {
        problem(get("/test/denied"), 403, "forbidden")
                .andExpect(content().string(not(containsString("PreAuthorize"))));
        problem(get("/test/workspace"), 403, "missing-workspace")
                .andExpect(jsonPath("$.title").value("Workspace required"))
                .andExpect(content().string(not(containsString("listing leads"))));
        problem(get("/test/workspace/Not_A_Slug"), 400, "invalid-workspace")
                .andExpect(jsonPath("$.detail").value("Not a valid workspace id: \"Not_A_Slug\""));
    }

    @Test
    void hidesTheCauseOfUnexpectedFailuresButGivesTheTraceId() throws Exception {
        MDC.put("traceId", "6a1b2c3d4e5f60718293a4b5c6d7e8f9");

        problem(get("/test/boom"), 500, "internal-error")
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.detail").value(
                        "An unexpected error occurred. Quote the trace id when reporting it."))
                .andExpect(jsonPath("$.traceId").value("6a1b2c3d4e5f60718293a4b5c6d7e8f9"))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at io.saola"))));
    }

    @Test
    void reportsEveryMistakeInAListQuery() throws Exception {
        problem(get("/test/list").param("filter", "name eq 'x' or tenantId ne ''").param("sort", "secret")
                .param("limit", "0"), 400, "invalid-list-query")
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("filter"))
                .andExpect(jsonPath("$.errors[0].position").value(15))
                .andExpect(jsonPath("$.errors[0].message", startsWith("unknown field 'tenantId'")))
                .andExpect(jsonPath("$.errors[1].field").value("sort"))
                .andExpect(jsonPath("$.errors[2].field").value("limit"));
        problem(get("/test/list").param("cursor", "bm90LWEtY3Vyc29y"), 400, "invalid-list-query")
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        problem(get("/test/list").param("limit", "5").param("limit", "6"), 400, "invalid-list-query");
    }

    @Test
    void readsListRequestsFromTheQueryString() throws Exception {
        mvc.perform(get("/test/list").param("filter", "name startsWith 'ng'").param("sort", "-name")
                        .param("limit", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0]").value("-name"))
                .andExpect(jsonPath("$.items[1]").value("200"))
                .andExpect(jsonPath("$.hasMore").value(false));
    }

    @Test
    void answersTheErrorPathWithProblemsToo() throws Exception {
        problem(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 401)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/leads").accept(MediaType.TEXT_HTML),
                401, "unauthorized")
                .andExpect(jsonPath("$.instance").value("/api/leads"));
        problem(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/leads")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new MissingWorkspaceException("a filter")),
                403, "missing-workspace");
        problem(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/leads")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("hunter2")),
                500, "internal-error")
                .andExpect(content().string(not(containsString("hunter2"))));
        problem(get("/error"), 404, "not-found");
    }

    private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request, int status,
                                  String type) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.instance").isNotEmpty())
                .andExpect(content().string(not(containsString("\"trace\""))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
