/**
 * What accounts, contacts and activities have in common: who changed them and when ({@link
 * io.saola.crm.customer.record.domain.Origin}), the result of a change with its events and field changes, the
 * If-Match / version precondition of writes, and the time windows lists are filtered by.
 */
package io.saola.crm.customer.record;
