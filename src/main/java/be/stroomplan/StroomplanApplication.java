package be.stroomplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Stroomplan platform: one Spring Boot application, a modular monolith. Each direct
 * subpackage is a module (see {@code docs/ARCHITECTURE.md}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StroomplanApplication {

    public static void main(String[] args) {
        SpringApplication.run(StroomplanApplication.class, args);
    }
}
