/**
 * service-desk-service: owns support tickets.
 */
package io.saola.crm.servicedesk;
