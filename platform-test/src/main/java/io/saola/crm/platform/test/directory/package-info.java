/** Seeding a service's workspace directory of members and teams in tests. */
package io.saola.crm.platform.test.directory;
