/**
 * Saved filters of the account, contact and activity lists, per member and optionally shared with the
 * workspace, on the platform's {@link io.saola.crm.platform.list.saved.SavedFilters}; a list applies one with
 * {@code savedFilter=<id>}.
 */
package io.saola.crm.customer.savedfilter;
