package io.saola.crm.gateway.edge;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.saola.crm.gateway.ratelimit.WorkspaceRateLimiter;
import io.saola.crm.gateway.routing.ServiceRoutes;
import io.saola.crm.gateway.token.BearerTokens;
import io.saola.crm.gateway.token.InvalidTokenException;
import io.saola.crm.gateway.token.TokenVerificationUnavailableException;
import io.saola.crm.gateway.token.TokenVerifier;
import io.saola.crm.gateway.token.VerifiedToken;
import io.saola.crm.gateway.workspace.RequestHost;
import io.saola.crm.gateway.workspace.WorkspaceDirectory;
import io.saola.crm.gateway.workspace.WorkspaceDirectoryUnavailableException;
import io.saola.crm.gateway.workspace.WorkspaceHosts;
import io.saola.crm.gateway.workspace.WorkspaceStatus;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ProblemResponses;
import io.saola.crm.platform.web.ProblemType;

/**
 * Decides, before any routing, whether a request may reach a service, in this order (cheapest refusal
 * first):
 * <ol>
 * <li>{@code /actuator/**} passes untouched (health, metrics, the route table);</li>
 * <li>a path that could be normalised differently downstream → 400;</li>
 * <li>the host: a workspace host goes on; the bare base domain takes only {@code POST /api/workspaces}
 * (sign-up, no token) → else 404; any other host → 404;</li>
 * <li>a path no service owns → 404;</li>
 * <li>the token, before the workspace so that existing and missing workspaces look alike to a caller
 * without a token of theirs (not asked for when accepting an invitation, {@code POST /api/invitations/accept}):
 * missing or not valid → 401 with {@code WWW-Authenticate}; keys unavailable → 503; a token
 * that does not belong to the workspace → 403 (skipped entirely when {@code saola.gateway.token.check} is
 * off, for benchmarks);</li>
 * <li>the workspace: unknown → 404, suspended → 403, identity-service unreachable with nothing cached → 503;</li>
 * <li>the workspace's rate limit → 429 with {@code Retry-After};</li>
 * <li>forwarded without client tenant headers and with {@code X-Saola-Workspace}, the workspace in the log
 * context.</li>
 * </ol>
 */
public final class GatewayEdgeFilter extends OncePerRequestFilter {

    static final String SIGN_UP_PATH = "/api/workspaces";
    /**
     * The one request on a workspace host that carries no token: accepting an invitation, whose secret is the
     * credential (the person has no account yet). The workspace checks still apply.
     */
    static final String ACCEPT_INVITATION_PATH = "/api/invitations/accept";

    private static final Logger log = LoggerFactory.getLogger(GatewayEdgeFilter.class);
    private static final String REALM = "Bearer realm=\"saola\"";

    private final WorkspaceHosts hosts;
    private final ServiceRoutes routes;
    private final WorkspaceDirectory directory;
    private final TokenVerifier tokens;
    private final boolean tokenCheck;
    private final WorkspaceRateLimiter rateLimiter;

    GatewayEdgeFilter(WorkspaceHosts hosts, ServiceRoutes routes, WorkspaceDirectory directory,
                      TokenVerifier tokens, boolean tokenCheck, WorkspaceRateLimiter rateLimiter) {
        this.hosts = hosts;
        this.routes = routes;
        this.directory = directory;
        this.tokens = tokens;
        this.tokenCheck = tokenCheck;
        this.rateLimiter = rateLimiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (isManagement(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!RequestPaths.isCanonical(path)) {
            refuse(request, response, ProblemType.MALFORMED_REQUEST, "The request path is not in canonical form.");
            return;
        }
        RequestHost host = hosts.resolve(request.getHeader(HttpHeaders.HOST));
        switch (host.kind()) {
            case WORKSPACE -> serveWorkspace(host.workspace(), path, request, response, chain);
            case BASE_DOMAIN -> serveBaseDomain(path, request, response, chain);
            default -> refuse(request, response, EdgeProblems.UNKNOWN_HOST,
                    "This host does not serve a workspace.");
        }
    }

    private void serveBaseDomain(String path, HttpServletRequest request, HttpServletResponse response,
                                 FilterChain chain) throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && SIGN_UP_PATH.equals(path)) {
            chain.doFilter(new ForwardedWorkspaceRequest(request, null), response);
            return;
        }
        refuse(request, response, ProblemType.NOT_FOUND,
                "Workspaces are served at <workspace>." + hosts.baseDomain() + ".");
    }

    private void serveWorkspace(WorkspaceId workspace, String path, HttpServletRequest request,
                                HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (WorkspaceContext.Scope ignored = WorkspaceContext.open(workspace)) {
            if (routes.find(path) == null) {
                refuse(request, response, ProblemType.NOT_FOUND, "There is no API at this path.");
                return;
            }
            // the token before the workspace's existence, so that an anonymous caller, or one holding another
            // workspace's token, cannot tell an existing workspace from a missing one
            if (tokenCheck && !isAcceptingAnInvitation(path, request) && !isAuthenticated(workspace, request, response)) {
                return;
            }
            if (!isServed(workspace, request, response)) {
                return;
            }
            long retryAfter = rateLimiter.retryAfterSeconds(workspace);
            if (retryAfter > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                refuse(request, response, ProblemType.TOO_MANY_REQUESTS,
                        "This workspace is sending too many requests. Retry after " + retryAfter + " s.");
                return;
            }
            chain.doFilter(new ForwardedWorkspaceRequest(request, workspace.slug()), response);
        }
    }

    private boolean isServed(WorkspaceId workspace, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        WorkspaceStatus status;
        try {
            status = directory.status(workspace);
        } catch (WorkspaceDirectoryUnavailableException unavailable) {
            log.warn("Cannot tell whether workspace {} may be served: {}", workspace, unavailable.getMessage());
            refuse(request, response, ProblemType.SERVICE_UNAVAILABLE,
                    "The workspace cannot be checked right now. Try again later.");
            return false;
        }
        return switch (status) {
            case ACTIVE -> true;
            case SUSPENDED -> {
                refuse(request, response, EdgeProblems.WORKSPACE_SUSPENDED, "This workspace is suspended.");
                yield false;
            }
            case UNKNOWN -> {
                refuse(request, response, EdgeProblems.UNKNOWN_WORKSPACE, "There is no such workspace.");
                yield false;
            }
        };
    }

    private boolean isAuthenticated(WorkspaceId workspace, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        VerifiedToken token;
        try {
            token = tokens.verify(BearerTokens.token(request.getHeader(HttpHeaders.AUTHORIZATION)));
        } catch (InvalidTokenException invalid) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid.isMissing() ? REALM
                    : REALM + ", error=\"invalid_token\", error_description=\"" + invalid.getMessage() + "\"");
            refuse(request, response, ProblemType.UNAUTHORIZED, invalid.getMessage() + ".");
            return false;
        } catch (TokenVerificationUnavailableException unavailable) {
            log.warn("Cannot verify tokens: {}", unavailable.getMessage());
            refuse(request, response, ProblemType.SERVICE_UNAVAILABLE,
                    "Tokens cannot be verified right now. Try again later.");
            return false;
        }
        if (!token.identity().belongsTo(workspace)) {
            refuse(request, response, EdgeProblems.NOT_A_MEMBER, "The token does not grant access to this workspace.");
            return false;
        }
        return true;
    }

    private static boolean isAcceptingAnInvitation(String path, HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && ACCEPT_INVITATION_PATH.equals(path)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static boolean isManagement(String path) {
        return path.startsWith("/actuator/") || path.equals("/actuator");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemType type,
                               String detail) throws IOException {
        log.debug("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), type.status(), detail);
        ProblemResponses.write(request, response, type, detail);
    }
}
