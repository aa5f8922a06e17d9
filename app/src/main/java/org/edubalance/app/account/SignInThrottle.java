package org.edubalance.app.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows repeated failed sign-ins for one username, on the form and over HTTP Basic alike: from the second failure
 * in a row, the failing request is held back half a second more each time, up to five seconds. A success clears the
 * count. Guessing passwords then costs minutes per hundred tries, while a person who mistypes waits a moment.
 */
@Component
final class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration STEP = Duration.ofMillis(500);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** The counts are forgotten when this many usernames failed, so guessing names cannot fill the memory. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Integer> failuresByUsername = new ConcurrentHashMap<>();

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failuresByUsername.size() >= MAX_TRACKED) {
            failuresByUsername.clear();
        }
        String username = event.getAuthentication().getName();
        int failures = failuresByUsername.merge(username, 1, Integer::sum);
        Duration delay = STEP.multipliedBy(failures - 1L);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        if (failures >= 3) {
            LOG.warn("{} failed sign-ins in a row for '{}'", failures, username);
        }
        try {
            // Held on the request's own thread: the answer to the guesser is what is slowed.
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failuresByUsername.remove(event.getAuthentication().getName());
    }
}
