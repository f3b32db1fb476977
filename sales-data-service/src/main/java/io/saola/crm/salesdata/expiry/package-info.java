/** The scheduled sweep that expires quotes past their validity and contracts past their end date. */
package io.saola.crm.salesdata.expiry;
