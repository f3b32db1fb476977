/**
 * reporting-service: owns no records of its own: read models built from other services' events.
 */
package io.saola.crm.reporting;
