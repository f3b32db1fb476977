package io.saola.crm.customer.support;

import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.platform.test.service.ServiceApiTest;

/**
 * The service over HTTP with real signed tokens, on the in-process store. Kafka is unreachable here and the
 * relay is off; event tests redeclare {@code @SpringBootTest} without those settings and add a real broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saola.events.relay.enabled=false", "spring.kafka.admin.auto-create=false",
        "spring.kafka.bootstrap-servers=127.0.0.1:1", "saola.customer.consumers.enabled=false",
        "saola.directory.consumer.enabled=false"})
public abstract class CustomerApiTest extends ServiceApiTest {
}
