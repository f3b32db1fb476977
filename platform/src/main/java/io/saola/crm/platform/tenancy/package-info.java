/**
 * The current workspace (tenant): who sets it (the HTTP edge, the Kafka consumer), how it travels
 * (HTTP header, Kafka header, async tasks) and the rule that work without a workspace is refused.
 */
package io.saola.crm.platform.tenancy;
