package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Repeated failed sign-ins are refused for a while, counted per account and per source address, without a server
 * thread waiting (issue 10, §1). Each test signs in from its own loopback address.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;

    SignInThrottleIT(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    @Test
    void refusesAnAccountAfterRepeatedFailuresAtOnceWith429AndRetryAfter() {
        Http guesser = new Http(port, "127.0.0.21");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.send(wrongPassword(guesser, "throttled-account")).statusCode())
                    .isEqualTo(401);
        }
        long start = System.nanoTime();

        HttpResponse<String> refused = guesser.send(wrongPassword(guesser, "throttled-account"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Http elsewhere = new Http(port, "127.0.0.22");
        HttpResponse<String> fromElsewhere = elsewhere.send(wrongPassword(elsewhere, "throttled-account"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Api.json(refused).get("code").asString()).isEqualTo("TOO_MANY_SIGN_INS");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(millis).as("refused at once, no thread held back").isLessThan(1_000);
        assertThat(fromElsewhere.statusCode()).as("counted per account").isEqualTo(429);
    }

    @Test
    void refusesAnAddressThatFailsForManyNames() {
        Http sprayer = new Http(port, "127.0.0.23");
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.send(wrongPassword(sprayer, "sprayed-" + i)).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = sprayer.send(wrongPassword(sprayer, "sprayed-new"));
        HttpResponse<String> evenRight = sprayer.send(
                sprayer.request("/api/v1/regions").header("Authorization", Http.basic("inspector", Api.PASSWORD)));
        Http other = new Http(port, "127.0.0.24");
        HttpResponse<String> otherAddress = other.send(
                other.request("/api/v1/regions").header("Authorization", Http.basic("inspector", Api.PASSWORD)));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(evenRight.statusCode()).isEqualTo(429);
        assertThat(otherAddress.statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhenToTryAgain() {
        Http browser = new Http(port, "127.0.0.25");
        for (int i = 0; i < 3; i++) {
            signIn(browser, "throttled-page", "wrong-password");
        }

        HttpResponse<String> refused = signIn(browser, "throttled-page", "wrong-password");
        String location = refused.headers().firstValue("Location").orElse("");
        String page = browser.send(browser.request(location.replaceFirst("^https?://[^/]+", "") + "&lang=en"))
                .body();

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location).contains("/signin?wait=");
        assertThat(page).containsPattern("try again in \\d+ s");
    }

    @Test
    void logsNoRawUserNames(CapturedOutput output) {
        Http forger = new Http(port, "127.0.0.26");
        String forged = "x\r\nERROR forged-line admin signed in";
        for (int i = 0; i < 4; i++) {
            signIn(forger, forged, "wrong-password");
        }

        assertThat(output.getAll()).doesNotContain("\nERROR forged-line");
    }

    private HttpResponse<String> signIn(Http browser, String username, String password) {
        Matcher token = CSRF.matcher(browser.send(browser.request("/signin")).body());
        assertThat(token.find()).isTrue();
        return browser.send(browser.request("/signin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.json("username=" + org.edubalance.app.PageSession.encode(username) + "&password=" + password
                        + "&_csrf=" + org.edubalance.app.PageSession.encode(token.group(1)))));
    }

    private static java.net.http.HttpRequest.Builder wrongPassword(Http http, String username) {
        return http.request("/api/v1/regions").header("Authorization", Http.basic(username, "wrong-password"));
    }
}
