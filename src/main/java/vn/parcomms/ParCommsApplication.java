package vn.parcomms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ParComms: administrative-reform communication for Vietnamese public bodies. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParCommsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParCommsApplication.class, args);
    }
}
