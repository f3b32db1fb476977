/**
 * Roles and permissions, once for the whole product: the {@link io.saola.crm.platform.access.PermissionMatrix}
 * (role × record type × action → how far it reaches) and {@link io.saola.crm.platform.access.Access}, which the
 * services call for every operation and every list ({@code scope=mine|team|all}).
 */
package io.saola.crm.platform.access;
