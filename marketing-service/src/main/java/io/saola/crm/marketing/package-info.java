/**
 * marketing-service: owns campaigns and their members.
 */
package io.saola.crm.marketing;
