package io.saola.crm.customer;

import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.platform.test.service.RunnableServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.auto-create=false", "saola.customer.consumers.enabled=false"})
class CustomerServiceRunsTest extends RunnableServiceContract {

    @Override
    protected String protectedApiPath() {
        return "/api/accounts";
    }
}
