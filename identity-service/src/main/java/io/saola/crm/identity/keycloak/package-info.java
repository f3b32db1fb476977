/**
 * Keycloak as identity-service's directory of people: organizations (one per workspace), the per-workspace
 * role groups ({@code /<slug>/<role>}) and users. Only identity-service talks to Keycloak's admin API.
 */
package io.saola.crm.identity.keycloak;
