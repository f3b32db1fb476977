package io.saola.crm.identity;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.test.architecture.ServiceArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePlatformRules() {
        ServiceArchitectureRules.check("io.saola.crm.identity");
    }
}
