package io.saola.crm.platform.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the service that produced a response ({@value #HEADER}), so an operator — and the system tests —
 * can tell a service's own answer from the gateway's when a request went through the gateway. The gateway
 * stamps its own name first; a response it relays carries the service's name instead, because the header the
 * service sent replaces the gateway's rather than joining it.
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
        chain.doFilter(request, new InnermostNameWins(response));
    }

    /** A relayed {@value #HEADER} replaces the one set here instead of adding a second value. */
    private static final class InnermostNameWins extends HttpServletResponseWrapper {

        InnermostNameWins(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
