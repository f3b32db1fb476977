/**
 * Leads (Khách hàng tiềm năng): people or companies who may buy, worked from NEW to QUALIFIED or UNQUALIFIED,
 * with the product they are interested in; later converted into an account, contact and opportunity.
 */
package io.saola.crm.sales.lead;
