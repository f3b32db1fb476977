package io.saola.crm.salesdata;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.saola.crm.platform.test.kafka.TestKafka;

import io.saola.crm.platform.test.service.RunnableServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesDataServiceRunsTest extends RunnableServiceContract {

    /** The service declares its topics at start-up; a reachable broker spares the admin client's timeout. */
    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @Override
    protected String protectedApiPath() {
        return "/api/products";
    }
}
