package io.saola.crm.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import io.saola.crm.platform.web.ProblemResponses;

/**
 * Every service is an OAuth2 resource server: it verifies the Keycloak token again (defence in depth, the
 * gateway verified it first), turns its claims into the platform principal with {@link KeycloakClaims}, and
 * serves the request inside the forwarded workspace only if the token belongs to it.
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "saola.security.resource-server", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    private static final List<String> ALWAYS_PUBLIC =
            List.of("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(properties.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new JwtIssuerValidator(properties.issuerUri()), audience));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
                                                    JwtDecoder jwtDecoder) throws Exception {
        String[] publicPaths = java.util.stream.Stream.of(ALWAYS_PUBLIC, properties.publicPaths(),
                        properties.publicWorkspacePaths())
                .flatMap(List::stream)
                .toArray(String[]::new);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(token -> new TokenAuthentication(
                                        KeycloakClaims.identity(token.getClaims()), token)))
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"saola\"");
                            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request,
                                response, HttpStatus.FORBIDDEN, "Forbidden", "This action is not allowed.")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"saola\"");
                            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request,
                                response, HttpStatus.FORBIDDEN, "Forbidden", "This action is not allowed.")))
                .addFilterAfter(new WorkspaceContextFilter(properties.publicWorkspacePaths(), properties.personPaths()),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
