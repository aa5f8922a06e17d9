package org.edubalance.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@PlatformTest
class PagesIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Api browser;
    private final int port;

    PagesIT(@Value("${local.server.port}") int port) {
        this.browser = new Api(port);
        this.port = port;
    }

    @Test
    void signInThenSeeEveryCountyInChineseAndEnglish() {
        assertThat(browser.anonymous("/").statusCode()).isEqualTo(302);
        HttpResponse<String> signIn = browser.anonymous("/signin");
        assertThat(signIn.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(signIn.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();

        HttpResponse<String> withoutToken = browser.postForm("/signin", "username=admin&password=" + Api.PASSWORD);
        HttpResponse<String> signedIn = browser.postForm(
                "/signin",
                "username=admin&password=" + Api.PASSWORD + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> chinese = browser.anonymous("/?lang=zh");
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("各县（区）评估", "示范县", "小学", "初中").containsPattern(">20\\d\\d 学年");
        HttpResponse<String> english = browser.anonymous("/?lang=en");
        assertThat(english.body()).contains("Counties", "Junior secondary", "Sign out (admin)");
        assertThat(browser.anonymous("/").body())
                .as("the language is remembered")
                .contains("Counties");
    }

    @Test
    void theHomePageLinksCountiesToTheirDashboardsOnlyForThoseWhoMayOpenThem() {
        String inspector =
                PageSession.signIn(port, "inspector").get("/?lang=en").body();
        String principal =
                PageSession.signIn(port, "principal").get("/?lang=en").body();

        assertThat(inspector).containsPattern("<a href=\"/dashboard/\\d{6}\\?year=\\d{4}\">");
        assertThat(principal).contains("Counties").doesNotContain("href=\"/dashboard/");
    }

    @Test
    void sendsTheSecurityHeaders() {
        HttpResponse<String> page = browser.anonymous("/signin");

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .as(page.headers().map().toString())
                .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void refusesAWrongPassword() {
        Matcher token = CSRF.matcher(browser.anonymous("/signin").body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> response = browser.postForm(
                "/signin",
                "username=admin&password=wrong&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    @Test
    void servesTheWebJarsAndTheApiDocs() {
        assertThat(browser.anonymous("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(browser.anonymous("/webjars/echarts/echarts.min.js").statusCode())
                .isEqualTo(200);
        assertThat(browser.anonymous("/webjars/picocss__pico/css/pico.min.css").statusCode())
                .isEqualTo(200);
        HttpResponse<String> docs = browser.anonymous("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/evaluations/{countyCode}", "/api/v1/imports");
        assertThat(browser.anonymous("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
