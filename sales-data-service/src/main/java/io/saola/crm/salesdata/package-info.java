/**
 * sales-data-service: owns products, unit groups and units, price books, quotes, orders and contracts.
 */
package io.saola.crm.salesdata;
