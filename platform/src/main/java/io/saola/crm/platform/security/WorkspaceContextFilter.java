package io.saola.crm.platform.security;

import java.io.IOException;

import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceHeaders;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ProblemResponses;

/**
 * Places an authenticated request in the workspace the gateway forwarded, after checking that the token
 * belongs to it: a forwarded workspace that disagrees with the token is refused (403), never trusted.
 * Requests without a verified token pass untouched (public paths; the rest were already refused), except on
 * public workspace paths, which run inside the forwarded workspace and are refused without one. On person
 * paths a verified token is served as the person it names ({@link TokenIdentity}), inside the forwarded
 * workspace when there is one, without being a member of it: that is how a person joins one.
 */
final class WorkspaceContextFilter extends OncePerRequestFilter {

    private final List<String> publicWorkspacePaths;
    private final List<String> personPaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    WorkspaceContextFilter(List<String> publicWorkspacePaths, List<String> personPaths) {
        this.publicWorkspacePaths = List.copyOf(publicWorkspacePaths);
        this.personPaths = List.copyOf(personPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext security = SecurityContextHolder.getContext();
        if (!(security.getAuthentication() instanceof TokenAuthentication token)) {
            if (matches(publicWorkspacePaths, request)) {
                serveAnonymouslyInForwardedWorkspace(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String forwarded = request.getHeader(WorkspaceHeaders.FORWARDED_WORKSPACE);
        if (matches(personPaths, request)) {
            servePerson(forwarded, request, response, chain);
            return;
        }
        if (forwarded == null || forwarded.isBlank()) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Workspace required",
                    "The request does not name the workspace it is for.");
            return;
        }
        if (!WorkspaceId.isValid(forwarded)) {
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Invalid workspace",
                    "The workspace named by the request is not a valid workspace id.");
            return;
        }
        WorkspaceId workspace = WorkspaceId.of(forwarded);
        WorkspaceMember member = token.identity().in(workspace).orElse(null);
        if (member == null) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Not a member of this workspace",
                    "The token does not belong to workspace '" + workspace.slug() + "'.");
            return;
        }
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(new WorkspaceAuthentication(member, token.token()));
        SecurityContextHolder.setContext(scoped);
        try (WorkspaceContext.Scope ignored = WorkspaceContext.open(workspace)) {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(security);
        }
    }

    private boolean matches(List<String> patterns, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return patterns.stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    /** The token's holder as a person (the authentication stays the verified token), in the forwarded workspace if any. */
    private void servePerson(String forwarded, HttpServletRequest request, HttpServletResponse response,
                             FilterChain chain) throws IOException, ServletException {
        if (forwarded == null || forwarded.isBlank()) {
            if (matches(publicWorkspacePaths, request)) {
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Workspace required",
                        "This request is served at a workspace's address only.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!WorkspaceId.isValid(forwarded)) {
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Invalid workspace",
                    "The workspace named by the request is not a valid workspace id.");
            return;
        }
        try (WorkspaceContext.Scope ignored = WorkspaceContext.open(WorkspaceId.of(forwarded))) {
            chain.doFilter(request, response);
        }
    }

    private static void serveAnonymouslyInForwardedWorkspace(HttpServletRequest request, HttpServletResponse response,
                                                             FilterChain chain) throws IOException, ServletException {
        String forwarded = request.getHeader(WorkspaceHeaders.FORWARDED_WORKSPACE);
        if (forwarded == null || !WorkspaceId.isValid(forwarded)) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Workspace required",
                    "This request is served at a workspace's address only.");
            return;
        }
        try (WorkspaceContext.Scope ignored = WorkspaceContext.open(WorkspaceId.of(forwarded))) {
            chain.doFilter(request, response);
        }
    }
}
