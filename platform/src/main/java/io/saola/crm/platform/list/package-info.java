/**
 * List endpoints' shared grammar: a bounded filter language over an explicit whitelist of fields per endpoint,
 * sorts, and opaque keyset cursors, so that clients can slice any list the same way while reaching only what
 * the endpoint chose to expose. Storage-neutral; adapters such as {@code list.mongo} execute it.
 */
package io.saola.crm.platform.list;
