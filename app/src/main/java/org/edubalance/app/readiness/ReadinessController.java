package org.edubalance.app.readiness;

import java.time.Duration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ready}, for a load balancer and without sign-in: 200 once the platform takes traffic, 503 with
 * {@code Retry-After} before and while it stops. Spring Boot marks the platform ready after the start has run to its
 * end — the database migrated, the demo seeded (before the port opened), the start-up tasks done — and not ready
 * again as soon as it begins to shut down.
 */
@RestController
final class ReadinessController {
    /** Seconds a load balancer should wait before it asks again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ApplicationAvailability availability;

    ReadinessController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping(path = "/ready", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReadinessResponse> ready() {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ReadinessResponse.READY);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
                .body(ReadinessResponse.NOT_READY);
    }
}
