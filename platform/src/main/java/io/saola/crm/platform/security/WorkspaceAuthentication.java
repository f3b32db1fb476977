package io.saola.crm.platform.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request inside one workspace. The principal is the {@link WorkspaceMember}, so controllers
 * may take it with {@code @AuthenticationPrincipal WorkspaceMember member}; authorities are
 * {@code ROLE_<ROLE>} for the roles held in this workspace only.
 */
public final class WorkspaceAuthentication extends AbstractAuthenticationToken {

    private final WorkspaceMember member;
    private final Jwt token;

    WorkspaceAuthentication(WorkspaceMember member, Jwt token) {
        super(authorities(member));
        this.member = member;
        this.token = token;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(WorkspaceMember member) {
        return member.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public WorkspaceMember getPrincipal() {
        return member;
    }

    @Override
    public String getName() {
        return member.userId();
    }
}
