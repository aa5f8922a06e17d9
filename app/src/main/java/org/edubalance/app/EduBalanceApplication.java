package org.edubalance.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The EduBalance web platform. {@code edubalance serve} starts it through {@link #start(String...)}. */
@SpringBootApplication
public class EduBalanceApplication {

    /** Starts the platform with Spring Boot's command-line arguments ({@code --server.port=8081} …). */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(EduBalanceApplication.class, args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
