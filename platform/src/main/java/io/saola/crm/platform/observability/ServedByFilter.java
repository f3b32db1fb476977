package io.saola.crm.platform.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the service that produced a response ({@value #HEADER}), so an operator — and the system tests —
 * can tell a service's own answer from the gateway's when a request went through the gateway.
 */
final class ServedByFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Saola-Service";

    private final String serviceName;

    ServedByFilter(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, serviceName);
        chain.doFilter(request, response);
    }
}
