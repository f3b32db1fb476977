package io.saola.crm.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified token whose holder has not yet been placed in a workspace. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final TokenIdentity identity;
    private final Jwt token;

    TokenAuthentication(TokenIdentity identity, Jwt token) {
        super(List.of());
        this.identity = identity;
        this.token = token;
        setAuthenticated(true);
    }

    TokenIdentity identity() {
        return identity;
    }

    Jwt token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public TokenIdentity getPrincipal() {
        return identity;
    }

    @Override
    public String getName() {
        return identity.subject();
    }
}
