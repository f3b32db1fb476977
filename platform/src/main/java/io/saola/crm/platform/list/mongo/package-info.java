/**
 * The MongoDB side of list queries: how a checked filter, a sort and a cursor become one query that an index
 * can serve, with client text never interpreted as a regular expression.
 */
package io.saola.crm.platform.list.mongo;
