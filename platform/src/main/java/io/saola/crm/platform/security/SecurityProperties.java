package io.saola.crm.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and what they must say. Defaults point at the local Keycloak realm.
 *
 * @param issuerUri    the only accepted {@code iss}
 * @param jwkSetUri    where the signing keys are published
 * @param audience     a value {@code aud} must contain
 * @param publicPaths  ant-style paths served without a token (health, the workspace lookup, sign-up)
 * @param publicWorkspacePaths ant-style paths served without a token but inside the workspace the gateway
 *                     forwarded (accepting an invitation: the invitation's secret is the credential); such a
 *                     request without a valid forwarded workspace is refused
 * @param personPaths  ant-style paths where a token is served although its holder is not (yet) a member of the
 *                     forwarded workspace, or no workspace is forwarded: the ways a person joins or opens one
 *                     (signing up while logged in, accepting an invitation with the account they have). The
 *                     principal is then the {@link TokenIdentity}, never a {@link WorkspaceMember}.
 */
@ConfigurationProperties("saola.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience, List<String> publicPaths,
                                 List<String> publicWorkspacePaths, List<String> personPaths) {

    public SecurityProperties {
        issuerUri = issuerUri == null ? "http://127.0.0.1:8180/realms/saola" : issuerUri;
        jwkSetUri = jwkSetUri == null ? issuerUri + "/protocol/openid-connect/certs" : jwkSetUri;
        audience = audience == null ? "saola-api" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        publicWorkspacePaths = publicWorkspacePaths == null ? List.of() : List.copyOf(publicWorkspacePaths);
        personPaths = personPaths == null ? List.of() : List.copyOf(personPaths);
    }
}
