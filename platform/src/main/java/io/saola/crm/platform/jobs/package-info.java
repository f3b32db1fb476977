/**
 * Background work that outlives a request: leases ({@code owner}, {@code expiresAt}) that a running process
 * renews, and the cross-workspace search for leases a stopped process left to expire.
 */
package io.saola.crm.platform.jobs;
