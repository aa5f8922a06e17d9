package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@PlatformTest
class UserPagesIT {
    private final int port;
    private final Api api;

    UserPagesIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void adminsCreateAccountsChangeRolesResetPasswordsAndDisable() {
        PageSession admin = PageSession.signIn(port, "admin");
        String csrf = "&_csrf="
                + PageSession.encode(PageSession.csrf(admin.get("/admin/users").body()));

        HttpResponse<String> created = admin.postForm("/admin/users", "username=reviewer&role=INSPECTOR" + csrf);
        String shown = admin.get("/admin/users?lang=en").body();
        HttpResponse<String> changed = admin.postForm("/admin/users/reviewer", "role=PLANNER&enabled=true" + csrf);
        String afterChange = admin.get("/admin/users?lang=en").body();
        admin.postForm("/admin/users/reviewer/password", csrf.substring(1));
        String reset = admin.get("/admin/users?lang=en").body();
        admin.postForm("/admin/users/reviewer", "role=PLANNER" + csrf);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(shown).contains("New password of reviewer, shown only now");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(afterChange).contains("reviewer saved.");
        assertThat(reset).contains("New password of reviewer");
        assertThat(Api.json(api.get("/api/v1/users", "admin"))).anySatisfy(u -> {
            assertThat(u.get("username").asString()).isEqualTo("reviewer");
            assertThat(u.get("role").asString()).isEqualTo("PLANNER");
            assertThat(u.get("enabled").asBoolean()).isFalse();
        });
        assertThat(api.get("/api/v1/audit?entity=user&key=reviewer", "admin").body())
                .contains("CREATE", "UPDATE");
    }

    @Test
    void aHandedOutPasswordMustBeChangedAtTheFirstSignIn() {
        PageSession admin = PageSession.signIn(port, "admin");
        String csrf = "&_csrf="
                + PageSession.encode(PageSession.csrf(admin.get("/admin/users").body()));
        admin.postForm("/admin/users", "username=newcomer&role=INSPECTOR" + csrf);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code>([^<]+)</code>")
                .matcher(admin.get("/admin/users?lang=en").body());
        assertThat(shown.find()).isTrue();
        Http newcomer = new Http(port);
        String token =
                PageSession.csrf(newcomer.send(newcomer.request("/signin")).body());

        newcomer.send(newcomer.request("/signin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.json("username=newcomer&password=" + PageSession.encode(shown.group(1)) + "&_csrf="
                        + PageSession.encode(token))));
        HttpResponse<String> home = newcomer.send(newcomer.request("/"));
        HttpResponse<String> api = newcomer.send(
                newcomer.request("/api/v1/regions").header("Authorization", Http.basic("newcomer", shown.group(1))));

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(Api.json(api).get("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    }

    @Test
    void aPrincipalAccountNeedsASchool() {
        PageSession admin = PageSession.signIn(port, "admin");
        String csrf = "&_csrf="
                + PageSession.encode(PageSession.csrf(admin.get("/admin/users").body()));

        admin.postForm("/admin/users", "username=headless&role=PRINCIPAL" + csrf);

        assertThat(admin.get("/admin/users").body()).contains("role=\"alert\"");
        assertThat(api.get("/api/v1/users", "admin").body()).doesNotContain("headless");
    }
}
