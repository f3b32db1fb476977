/**
 * What every record type of this service shares: who changed it and when, ownership, expected versions, the
 * single-document write of state and events, list scopes and the HTTP preconditions.
 */
package io.saola.crm.sales.record;
