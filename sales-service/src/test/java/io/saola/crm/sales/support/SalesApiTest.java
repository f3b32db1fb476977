package io.saola.crm.sales.support;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.service.ServiceApiTest;
import io.saola.crm.sales.product.application.ProductCatalogue;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.record.domain.Money;

/**
 * The service over HTTP with real signed tokens, on the in-process store. Kafka is unreachable here and the
 * relay and consumers are off; event tests redeclare {@code @SpringBootTest} without those settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saola.events.relay.enabled=false", "spring.kafka.admin.auto-create=false",
        "spring.kafka.bootstrap-servers=127.0.0.1:1", "saola.sales.consumers.enabled=false",
        "saola.directory.consumer.enabled=false"})
public abstract class SalesApiTest extends ServiceApiTest {

    @Autowired
    private ProductCatalogue catalogue;

    /** Puts a product into the workspace's product view, as its catalogue event would. */
    protected void productOnSale(String workspace, String id, String name, String price) {
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> catalogue.announced(new Product(id, "SP-" + id,
                name, "gói", new Money(new BigDecimal(price), "VND"), true, 1)));
    }
}
