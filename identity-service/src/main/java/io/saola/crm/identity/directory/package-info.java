/** The identity provider as identity-service needs it: people, memberships, roles and teams. */
package io.saola.crm.identity.directory;
