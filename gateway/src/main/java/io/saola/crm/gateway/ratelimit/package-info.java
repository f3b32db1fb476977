/**
 * Each workspace gets its own token bucket in memory, so one busy workspace cannot take the gateway from the
 * others. Per gateway instance: with several instances the effective limit is their sum.
 */
package io.saola.crm.gateway.ratelimit;
