/**
 * Saved filters: a member's named list views (filter, sort, search text and the service's own list options such
 * as scope or period), private or shared with the whole workspace, checked against the list's whitelist when
 * saved and applied again on every use. Services create a {@link io.saola.crm.platform.list.saved.SavedFilters}
 * bean and expose it under their list routes.
 */
package io.saola.crm.platform.list.saved;
