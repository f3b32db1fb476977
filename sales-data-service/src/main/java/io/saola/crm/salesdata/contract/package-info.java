/** Contracts (Hợp đồng): from an order, a quote or an opportunity; DRAFT → ACTIVE → EXPIRED / TERMINATED. */
package io.saola.crm.salesdata.contract;
