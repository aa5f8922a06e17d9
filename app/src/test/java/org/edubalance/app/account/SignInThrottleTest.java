package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final SignInThrottle throttle =
            new SignInThrottle(Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void aHundredThousandDistinctNamesKeepTheTablesBounded() {
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("guess-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * SignInThrottle.MAX_TRACKED);
    }

    @Test
    void refusesAnAccountFromItsThirdFailureInARowAndASuccessClearsIt() {
        throttle.failed("planner", "10.0.0.1");
        throttle.failed("planner", "10.0.0.2");
        assertThat(throttle.refusal("planner", "10.0.0.3")).isEmpty();

        throttle.failed("planner", "10.0.0.3");

        assertThat(throttle.refusal("planner", "10.0.0.9")).isPresent();
        throttle.succeeded("planner");
        assertThat(throttle.refusal("planner", "10.0.0.9")).isEmpty();
    }

    @Test
    void refusesAnAddressAfterTwentyFailuresWhateverTheName() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("name-" + i, "10.9.9.9");
        }

        assertThat(throttle.refusal("someone-else", "10.9.9.9")).isPresent();
        assertThat(throttle.refusal("someone-else", "10.9.9.8")).isEmpty();
    }

    @Test
    void writesNamesForTheLogWithoutLineBreaksOrControlCharacters() {
        String shown = SignInThrottle.printable("x\r\nERROR forged\u0000\u001b[31m");

        assertThat(shown).doesNotContain("\r", "\n", "\u0000", "\u001b").contains("\\u000d\\u000a");
    }
}
