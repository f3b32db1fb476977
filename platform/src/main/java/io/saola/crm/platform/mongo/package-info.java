/**
 * Tenant-scoped MongoDB access, enforced once at the driver boundary: every collection handed to Spring Data
 * (templates, repositories, index creation) is wrapped so that each read, write, count and aggregation carries
 * the current workspace, every stored document is stamped with it, and every index starts with
 * {@code tenantId}. Without a workspace in context the operation fails; it never means "all workspaces".
 */
package io.saola.crm.platform.mongo;
