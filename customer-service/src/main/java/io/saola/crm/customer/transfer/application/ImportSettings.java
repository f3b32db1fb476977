package io.saola.crm.customer.transfer.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and capacity of CSV imports: a file of at most {@code maxBytes} and {@code maxRows}; {@code workers}
 * imports at a time with at most {@code queueCapacity} more waiting (beyond that 503, retry after
 * {@code retryAfter}); a job's lease lasts {@code lease} and is renewed at a third of it; the same file again
 * within {@code sameFileWindow} answers the existing job.
 */
@ConfigurationProperties("saola.customer.imports")
public record ImportSettings(@DefaultValue("5242880") long maxBytes, @DefaultValue("10000") long maxRows,
                             @DefaultValue("2") int workers, @DefaultValue("8") int queueCapacity,
                             @DefaultValue("60s") Duration lease, @DefaultValue("24h") Duration sameFileWindow,
                             @DefaultValue("10s") Duration retryAfter) {
}
