/**
 * customer-service's published contract: topic names and the event records other services and partners read
 * from them (see docs/EVENTS.md, section customer-service). Plain Java only, so others may depend on it.
 */
package io.saola.crm.customer.api;
