/**
 * The runtime every Saola service shares: workspace (tenant) context, security, tenant-scoped storage, events,
 * problem+json errors, list queries and observability. Tenancy and security rules live here once; services
 * never repeat them.
 */
package io.saola.crm.platform;
