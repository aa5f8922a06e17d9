package org.edubalance.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform on a random port over a real embedded PostgreSQL in a throw-away data directory, seeded with the
 * demo city (two years) and demo accounts whose password is {@link Api#PASSWORD}. Every test class with this
 * annotation shares one running platform (Spring's context cache), so tests must not depend on each other's writes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.data-dir=target/it-data/${random.uuid}",
            "app.demo.years=2",
            "app.demo.password=" + Api.PASSWORD,
            // The demo rounds queue a planning job; the shared platform of the tests goes without (DemoRoundsIT).
            "app.demo.rounds=false",
            // The demo zoning study reads a county's blocks at start; the shared platform goes without (DemoZoningIT).
            "app.demo.zoning=false",
            // The demo investment plan queues a job; the shared platform goes without (DemoInvestmentIT).
            "app.demo.investment=false",
            "logging.level.org.edubalance=INFO"
        })
public @interface PlatformTest {}
