package io.saola.crm.servicedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ServiceDeskServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServiceDeskServiceApplication.class, args);
    }
}
