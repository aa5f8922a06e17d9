package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The audit log records sign-ins, failed and successful, with the source address and never the password. */
@PlatformTest
class SignInAuditIT {
    private final int port;
    private final Api api;

    SignInAuditIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void recordsFailedAndSuccessfulSignInsWithTheirAddress() {
        api.post(
                "/api/v1/users",
                "admin",
                "{\"username\":\"audited\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"INSPECTOR\"}");
        Http from = new Http(port, "127.0.0.31");
        from.send(from.request("/api/v1/regions").header("Authorization", Http.basic("audited", "a-wrong-secret")));

        PageSession.signIn(port, "audited");

        String audit =
                api.get("/api/v1/audit?entity=sign-in&key=audited", "admin").body();
        assertThat(audit)
                .contains("SIGN_IN_FAILED", "127.0.0.31", "SIGN_IN\"")
                .doesNotContain("a-wrong-secret")
                .doesNotContain(Api.PASSWORD);
    }
}
