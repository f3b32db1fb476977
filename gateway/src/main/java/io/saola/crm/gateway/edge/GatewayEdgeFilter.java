package io.saola.crm.gateway.edge;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import io.saola.crm.gateway.ratelimit.ClientRateLimiter;
import io.saola.crm.gateway.ratelimit.WorkspaceBulkheads;
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
 * <li>the probes {@code /livez} and {@code /readyz} pass untouched; metrics and the route table are on the
 * management port only, never on this one ({@code /actuator/**} here is a path no service owns: 404);</li>
 * <li>a path that could be normalised differently downstream → 400;</li>
 * <li>the host: a workspace host goes on; the bare base domain takes only sign-up
 * ({@code POST /api/workspaces}, with the token of a person who is logged in or without one) and its
 * confirmation ({@code POST /api/workspaces/confirmation}, the mailed secret is the credential) → else 404; any
 * other host → 404;</li>
 * <li>a path no service owns → 404;</li>
 * <li>the token, before the workspace so that existing and missing workspaces look alike to a caller
 * without a token of theirs: missing or not valid → 401 with {@code WWW-Authenticate}; keys unavailable → 503; a
 * token that does not belong to the workspace → 403 (skipped entirely when {@code saola.gateway.token.check} is
 * off, for benchmarks). Accepting an invitation ({@code POST /api/invitations/accept}) needs no token (a new
 * person) or any valid one (a person who has an account joins with it), never membership;</li>
 * <li>the workspace: unknown → 404, suspended → 403, identity-service unreachable with nothing cached → 503;</li>
 * <li>the workspace's rate limit → 429 with {@code Retry-After}; the routes without a workspace token (sign-up, its
 * confirmation, invitation acceptance) spend the client address's own budget instead, never a workspace's;</li>
 * <li>the workspace's bulkhead: more of its requests in flight than its share → 503 {@code workspace-busy} at
 * once, so that its slow or hanging requests never hold what other workspaces need;</li>
 * <li>forwarded without client tenant headers and with {@code X-Saola-Workspace}, the workspace in the log
 * context.</li>
 * </ol>
 */
public final class GatewayEdgeFilter extends OncePerRequestFilter {

    static final String SIGN_UP_PATH = "/api/workspaces";
    /** Confirming a sign-up with the secret mailed to its address: no token, no workspace yet. */
    static final String CONFIRM_SIGN_UP_PATH = "/api/workspaces/confirmation";
    /**
     * The one request on a workspace host that needs no membership: accepting an invitation, whose secret is the
     * credential, with no token (the person has no account yet) or the token of the account that joins. The
     * workspace checks still apply.
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
    private final ClientRateLimiter clientRateLimiter;
    private final WorkspaceBulkheads bulkheads;

    GatewayEdgeFilter(WorkspaceHosts hosts, ServiceRoutes routes, WorkspaceDirectory directory,
                      TokenVerifier tokens, boolean tokenCheck, WorkspaceRateLimiter rateLimiter,
                      ClientRateLimiter clientRateLimiter, WorkspaceBulkheads bulkheads) {
        this.clientRateLimiter = clientRateLimiter;
        this.bulkheads = bulkheads;
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
        if ("POST".equals(request.getMethod()) && (SIGN_UP_PATH.equals(path) || CONFIRM_SIGN_UP_PATH.equals(path))) {
            if (isClientOverItsBudget(request, response)) {
                return;
            }
            if (tokenCheck && hasToken(request) && verify(request, response) == null) {
                return;
            }
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
            boolean accepting = isAcceptingAnInvitation(path, request);
            if (accepting && isClientOverItsBudget(request, response)) {
                return;
            }
            if (tokenCheck && accepting) {
                if (hasToken(request) && verify(request, response) == null) {
                    return;
                }
            } else if (tokenCheck && !isAuthenticated(workspace, request, response)) {
                return;
            }
            if (!isServed(workspace, request, response)) {
                return;
            }
            if (accepting) {
                chain.doFilter(new ForwardedWorkspaceRequest(request, workspace.slug()), response);
                return;
            }
            long retryAfter = rateLimiter.retryAfterSeconds(workspace);
            if (retryAfter > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                refuse(request, response, ProblemType.TOO_MANY_REQUESTS,
                        "This workspace is sending too many requests. Retry after " + retryAfter + " s.");
                return;
            }
            Optional<WorkspaceBulkheads.Permit> permit = bulkheads.tryEnter(workspace);
            if (permit.isEmpty()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                refuse(request, response, EdgeProblems.WORKSPACE_BUSY,
                        "This workspace has too many requests in flight. Retry in a moment.");
                return;
            }
            try (WorkspaceBulkheads.Permit held = permit.get()) {
                chain.doFilter(new ForwardedWorkspaceRequest(request, workspace.slug()), response);
            }
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
        VerifiedToken token = verify(request, response);
        if (token == null) {
            return false;
        }
        if (!token.identity().belongsTo(workspace)) {
            refuse(request, response, EdgeProblems.NOT_A_MEMBER, "The token does not grant access to this workspace.");
            return false;
        }
        return true;
    }

    /** The verified token, or null when the request was refused (401, or 503 when keys are unavailable). */
    private VerifiedToken verify(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return tokens.verify(BearerTokens.token(request.getHeader(HttpHeaders.AUTHORIZATION)));
        } catch (InvalidTokenException invalid) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid.isMissing() ? REALM
                    : REALM + ", error=\"invalid_token\", error_description=\"" + invalid.getMessage() + "\"");
            refuse(request, response, ProblemType.UNAUTHORIZED, invalid.getMessage() + ".");
            return null;
        } catch (TokenVerificationUnavailableException unavailable) {
            log.warn("Cannot verify tokens: {}", unavailable.getMessage());
            refuse(request, response, ProblemType.SERVICE_UNAVAILABLE,
                    "Tokens cannot be verified right now. Try again later.");
            return null;
        }
    }

    private boolean isClientOverItsBudget(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long retryAfter = clientRateLimiter.retryAfterSeconds(request.getRemoteAddr());
        if (retryAfter == 0) {
            return false;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        refuse(request, response, ProblemType.TOO_MANY_REQUESTS,
                "Too many sign-up or invitation requests from this address. Retry after " + retryAfter + " s.");
        return true;
    }

    private static boolean hasToken(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    private static boolean isAcceptingAnInvitation(String path, HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && ACCEPT_INVITATION_PATH.equals(path);
    }

    private static boolean isManagement(String path) {
        return path.equals("/livez") || path.equals("/readyz");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemType type,
                               String detail) throws IOException {
        log.debug("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), type.status(), detail);
        ProblemResponses.write(request, response, type, detail);
    }
}
