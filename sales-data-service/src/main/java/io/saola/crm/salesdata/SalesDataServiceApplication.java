package io.saola.crm.salesdata;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SalesDataServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDataServiceApplication.class, args);
    }
}
