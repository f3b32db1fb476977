/**
 * Leads (Khách hàng tiềm năng): people or companies who may buy, worked from NEW to QUALIFIED or UNQUALIFIED,
 * with the product they are interested in, and converted into an account, contact and opportunity by the
 * lead-conversion saga with customer-service (sales-service's steps: {@code LeadConversions}).
 */
package io.saola.crm.sales.lead;
