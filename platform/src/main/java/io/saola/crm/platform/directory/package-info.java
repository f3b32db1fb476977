/**
 * A local view of each workspace's members and teams, kept from identity-service's events, and the check that an
 * owner or team named by a client belongs to the current workspace.
 */
package io.saola.crm.platform.directory;
