/** Owner and team of new quotes, orders and contracts (what {@code scope=mine|team} reaches). */
package io.saola.crm.salesdata.ownership;
