/**
 * customer-service: owns accounts, contacts and the activity timeline (calls, meetings, notes, tasks).
 */
package io.saola.crm.customer;
