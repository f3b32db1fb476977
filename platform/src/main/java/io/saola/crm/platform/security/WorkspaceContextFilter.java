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
 * public workspace paths, which run inside the forwarded workspace and are refused without one.
 */
final class WorkspaceContextFilter extends OncePerRequestFilter {

    private final List<String> publicWorkspacePaths;
    private final AntPathMatcher paths = new AntPathMatcher();

    WorkspaceContextFilter(List<String> publicWorkspacePaths) {
        this.publicWorkspacePaths = List.copyOf(publicWorkspacePaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext security = SecurityContextHolder.getContext();
        if (!(security.getAuthentication() instanceof TokenAuthentication token)) {
            if (isPublicWorkspacePath(request)) {
                serveAnonymouslyInForwardedWorkspace(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String forwarded = request.getHeader(WorkspaceHeaders.FORWARDED_WORKSPACE);
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

    private boolean isPublicWorkspacePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return publicWorkspacePaths.stream().anyMatch(pattern -> paths.match(pattern, path));
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
