package io.saola.crm.identity.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo workspace's slug, name and admin login (dev-only values). */
@ConfigurationProperties("saola.demo")
public record DemoWorkspaceProperties(boolean enabled, String slug, String name, String adminEmail,
                                      String adminPassword) {
}
