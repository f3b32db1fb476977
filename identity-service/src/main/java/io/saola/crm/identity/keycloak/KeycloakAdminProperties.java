package io.saola.crm.identity.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How identity-service reaches Keycloak's admin API: a confidential client of the product realm with a
 * service account allowed to manage users, groups and organizations. {@code webClientId}: the web app's public
 * client, whose web origins and redirect URIs are the workspace hosts.
 */
@ConfigurationProperties("saola.keycloak")
public record KeycloakAdminProperties(String url, String realm, String clientId, String clientSecret,
                                      String baseDomain, String webClientId) {

    public KeycloakAdminProperties {
        webClientId = webClientId == null || webClientId.isBlank() ? "saola-web" : webClientId;
    }
}
