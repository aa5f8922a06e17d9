package org.edubalance.app;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** The EduBalance web platform. {@code edubalance serve} starts it through {@link #start(String...)}. */
@SpringBootApplication
public class EduBalanceApplication {

    /** Starts the platform with Spring Boot's command-line arguments ({@code --server.port=8081} …). */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(EduBalanceApplication.class, args);
    }

    /**
     * Starts the platform and returns when it has stopped (Ctrl+C or SIGTERM close it through Spring's shutdown hook).
     * The command line calls this so that its own exit does not end the server.
     */
    public static void serve(String... args) {
        ConfigurableApplicationContext context = start(args);
        var closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        if (!context.isActive()) {
            return;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        start(args);
    }
}
