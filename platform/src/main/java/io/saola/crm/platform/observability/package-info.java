/**
 * Defaults every service shares so that it can be operated the same way: health probes, Prometheus metrics,
 * logs that carry trace id and workspace, and virtual threads where the JVM has them.
 */
package io.saola.crm.platform.observability;
