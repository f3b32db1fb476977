/** Lines and totals shared by quotes and orders: per-line rounding, discounts, VAT by rate. */
package io.saola.crm.salesdata.pricing;
