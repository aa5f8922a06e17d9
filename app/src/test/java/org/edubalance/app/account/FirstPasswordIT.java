package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.app.Api;
import org.edubalance.app.EduBalanceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In production mode (no demo) the generated administrator's password must be changed at the first sign-in: until
 * then every page leads to the change-password form and the API refuses with PASSWORD_CHANGE_REQUIRED.
 */
class FirstPasswordIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String FIRST = "first-password-of-admin";
    private static final String CHOSEN = "chosen-by-the-admin-1";

    @Test
    void theFirstAdministratorChangesThePasswordBeforeAnythingElse(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .run(
                        "--server.port=0",
                        "--app.data-dir=" + dataDir,
                        "--app.demo.enabled=false",
                        "--app.demo.password=" + FIRST)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
            Http browser = new Http(port);
            Http script = new Http(port);
            HttpResponse<String> signedIn = post(browser, "/signin", "username=admin&password=" + FIRST);

            HttpResponse<String> home = browser.send(browser.request("/"));
            HttpResponse<String> users = browser.send(browser.request("/admin/users"));
            HttpResponse<String> api =
                    script.send(script.request("/api/v1/users").header("Authorization", Http.basic("admin", FIRST)));
            HttpResponse<String> form = browser.send(browser.request("/account/password?lang=en"));
            HttpResponse<String> changed = post(
                    browser, "/account/password", "current=" + FIRST + "&password=" + CHOSEN + "&repeat=" + CHOSEN);
            HttpResponse<String> afterwards = browser.send(browser.request("/admin/users"));
            HttpResponse<String> apiAfterwards =
                    script.send(script.request("/api/v1/users").header("Authorization", Http.basic("admin", CHOSEN)));

            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
            assertThat(users.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(Api.json(api).get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("must change");
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(afterwards.statusCode()).isEqualTo(200);
            assertThat(apiAfterwards.statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> post(Http browser, String path, String form) {
        String page = browser.send(browser.request(path.equals("/signin") ? "/signin" : path))
                .body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on " + path).isTrue();
        return browser.send(browser.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.json(form + "&_csrf=" + org.edubalance.app.PageSession.encode(token.group(1)))));
    }
}
