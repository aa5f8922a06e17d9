package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** An open page session ends as soon as the account's rights or password change (issue 10, §1). */
@PlatformTest
class SessionRevocationIT {
    private final int port;
    private final Api api;

    SessionRevocationIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        create("revoked-disable", "PLANNER");
        PageSession session = PageSession.signIn(port, "revoked-disable");
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled =
                api.put("/api/v1/users/revoked-disable", "admin", "{\"role\":\"PLANNER\",\"enabled\":false}");

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertSignedOut(session.get("/"));
        assertSignedOut(session.get("/import"));
    }

    @Test
    void changingTheRoleOnTheUsersPageEndsTheOpenSession() {
        create("revoked-role", "PLANNER");
        PageSession session = PageSession.signIn(port, "revoked-role");
        assertThat(session.get("/import").statusCode()).isEqualTo(200);
        PageSession admin = PageSession.signIn(port, "admin");
        String csrf =
                PageSession.encode(PageSession.csrf(admin.get("/admin/users").body()));

        HttpResponse<String> changed =
                admin.postForm("/admin/users/revoked-role", "role=INSPECTOR&enabled=true&_csrf=" + csrf);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertSignedOut(session.get("/import"));
        assertSignedOut(session.get("/"));
        assertThat(PageSession.signIn(port, "revoked-role").get("/import").statusCode())
                .as("signed in again, the account has its new role")
                .isEqualTo(403);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        create("revoked-password", "INSPECTOR");
        PageSession here = PageSession.signIn(port, "revoked-password");
        PageSession elsewhere = PageSession.signIn(port, "revoked-password");
        String form = here.get("/account/password").body();

        HttpResponse<String> changed = here.postForm(
                "/account/password",
                "current=" + Api.PASSWORD + "&password=another-password-1&repeat=another-password-1&_csrf="
                        + PageSession.encode(PageSession.csrf(form)));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/").statusCode()).isEqualTo(200);
        assertSignedOut(elsewhere.get("/"));
        assertThat(new Http(port)
                        .send(new Http(port)
                                .request("/api/v1/regions")
                                .header("Authorization", Http.basic("revoked-password", "another-password-1")))
                        .statusCode())
                .isEqualTo(200);
    }

    private void create(String username, String role) {
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                "admin",
                "{\"username\":\"" + username + "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"" + role + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
    }

    private static void assertSignedOut(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/signin"));
    }
}
