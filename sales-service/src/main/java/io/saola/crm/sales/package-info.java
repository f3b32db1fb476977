/**
 * sales-service: owns leads, opportunities, competitors and partners, and its side of the lead-conversion saga.
 */
package io.saola.crm.sales;
