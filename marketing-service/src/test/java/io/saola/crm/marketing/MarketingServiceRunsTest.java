package io.saola.crm.marketing;

import org.springframework.boot.test.context.SpringBootTest;

import io.saola.crm.platform.test.service.RunnableServiceContract;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MarketingServiceRunsTest extends RunnableServiceContract {

    @Override
    protected String protectedApiPath() {
        return "/api/campaigns";
    }
}
