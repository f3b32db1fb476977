package io.saola.crm.servicedesk;

import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.platform.test.service.RunnableServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceDeskServiceRunsTest extends RunnableServiceContract {

    @Override
    protected String protectedApiPath() {
        return "/api/tickets";
    }
}
