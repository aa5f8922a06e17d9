package org.edubalance.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A page that Spring Security itself refuses — a role opening a page it may not open, a form sent without its CSRF
 * token — still answers with the platform's own error page in the reader's language, its navigation showing what the
 * signed-in person may open.
 */
@PlatformTest
class RefusedPageIT {
    /** What a browser asks for when it opens a page or sends a form. */
    private static final String HTML = "text/html,application/xhtml+xml";

    private final int port;

    RefusedPageIT(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    @Test
    void aPrincipalOpeningTheAdministrationGetsTheErrorPage() {
        PageSession principal = PageSession.signIn(port, "principal");

        HttpResponse<String> refused = principal.get("/admin/users?lang=en", "Accept", HTML);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("id=\"problem-status\"")
                .contains("HTTP status 403")
                .contains("href=\"/schools\"")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void aFormWithoutItsCsrfTokenGetsTheErrorPage() {
        PageSession planner = PageSession.signIn(port, "planner");

        HttpResponse<String> refused = planner.postForm("/rotation/000000/jobs", "lang=zh", "Accept", HTML);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"problem-status\"").contains("href=\"/schools\"");
    }
}
