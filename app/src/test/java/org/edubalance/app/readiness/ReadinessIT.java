package org.edubalance.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.edubalance.app.Api;
import org.edubalance.app.EduBalanceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform answers only once it can serve: the demo accounts exist before the port takes its first request, and
 * {@code GET /ready} tells a load balancer, without sign-in, whether it may send traffic.
 */
class ReadinessIT {
    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static Api api;
    private static HttpResponse<String> firstAnswer;

    /**
     * Starts a platform on a new data directory while a client signs in (HTTP Basic, demo credentials) as fast as it
     * can from the moment the port accepts, keeping the first answer it gets.
     */
    @BeforeAll
    static void startWhileAClientKnocks() throws Exception {
        int port = freePort();
        api = new Api(port);
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> await().atMost(Duration.ofMinutes(5))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(5))
                        .until(ReadinessIT::signIn, Optional::isPresent)
                        .orElseThrow());
        app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .run(
                        "--server.port=" + port,
                        "--app.data-dir=" + dataDir,
                        "--app.demo.years=2",
                        "--app.demo.password=" + Api.PASSWORD);
        firstAnswer = first.get(1, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFirstAnswerToASignInWithTheDemoCredentialsIsASuccess() {
        assertThat(firstAnswer.statusCode()).as(firstAnswer.body()).isEqualTo(200);
    }

    @Test
    void readyAnswers200WithoutSignInOnceTheDatabaseIsMigratedAndSeeded() {
        HttpResponse<String> ready = api.anonymous("/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"READY\"");
    }

    @Test
    void readyAnswers503WithRetryAfterWhileThePlatformRefusesTraffic() {
        AvailabilityChangeEvent.publish(app, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> notReady = api.anonymous("/ready");

            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(notReady.body()).contains("\"status\":\"NOT_READY\"");
        } finally {
            AvailabilityChangeEvent.publish(app, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(api.anonymous("/ready").statusCode()).isEqualTo(200);
    }

    /** The answer to one HTTP Basic request with the demo planner's credentials; empty while the port is closed. */
    private static Optional<HttpResponse<String>> signIn() {
        try {
            return Optional.of(api.get("/api/v1/regions/counties", "planner"));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ConnectException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
