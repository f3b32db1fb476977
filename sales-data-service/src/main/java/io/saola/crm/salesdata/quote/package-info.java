/** Quotes (Báo giá): gap-free numbers per workspace and year, revisions, expiry, totals and the PDF. */
package io.saola.crm.salesdata.quote;
