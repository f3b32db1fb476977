/**
 * The workspace registry: which workspaces exist, their status and settings. The gateway resolves every
 * request's host against it, so it is the one collection not owned by any single workspace.
 */
package io.saola.crm.identity.workspace;
