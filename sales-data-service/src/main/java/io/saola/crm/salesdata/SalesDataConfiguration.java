package io.saola.crm.salesdata;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.saola.crm.platform.events.EventTopics;
import io.saola.crm.salesdata.api.SalesDataTopics;

/**
 * The service's edge wiring: its clock and business time zone, scheduling for the sweeps, saved list filters and
 * its topics.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SalesDataConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Where "today" is decided for validity and expiry dates; the product's default is Vietnam. */
    @Bean
    BusinessCalendar businessCalendar(Clock clock,
                                      @Value("${saola.sales-data.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return new BusinessCalendar(clock, ZoneId.of(zone));
    }

    @Bean
    KafkaAdmin.NewTopics salesDataTopics(EventTopics topics) {
        return topics.declare(SalesDataTopics.all());
    }
}
