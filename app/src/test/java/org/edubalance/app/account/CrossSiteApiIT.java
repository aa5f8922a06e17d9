package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A browser that has cached an account's HTTP Basic credentials sends them along with any page's request; a
 * state-changing API request from another site must not go through (issue 10, §1).
 */
@PlatformTest
class CrossSiteApiIT {
    private final Http http;
    private final Api api;

    CrossSiteApiIT(@Value("${local.server.port}") int port) {
        this.http = new Http(port);
        this.api = new Api(port);
    }

    @Test
    void refusesAStateChangingRequestWhoseOriginIsAnotherSite() {
        HttpResponse<String> response =
                http.send(createUser("cross-origin").header("Origin", "https://attacker.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("CROSS_SITE_REQUEST");
        assertThat(api.get("/api/v1/users", "admin").body()).doesNotContain("cross-origin");
    }

    @Test
    void refusesAStateChangingRequestWhoseRefererIsAnotherSite() {
        HttpResponse<String> response =
                http.send(createUser("cross-referer").header("Referer", "https://attacker.example/page.html"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("CROSS_SITE_REQUEST");
        assertThat(api.get("/api/v1/users", "admin").body()).doesNotContain("cross-referer");
    }

    @Test
    void acceptsTheSameOriginAndRequestsWithoutOrigin() {
        HttpResponse<String> sameOrigin = http.send(createUser("same-origin").header("Origin", http.origin()));
        HttpResponse<String> script = http.send(createUser("no-origin"));
        HttpResponse<String> foreignRead = http.send(http.request("/api/v1/regions")
                .header("Authorization", Http.basic("admin", Api.PASSWORD))
                .header("Origin", "https://attacker.example"));

        assertThat(sameOrigin.statusCode()).isEqualTo(201);
        assertThat(script.statusCode()).isEqualTo(201);
        assertThat(foreignRead.statusCode())
                .as("reading changes nothing, and without CORS headers the other page cannot read the answer")
                .isEqualTo(200);
        assertThat(foreignRead.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private java.net.http.HttpRequest.Builder createUser(String username) {
        return http.request("/api/v1/users")
                .header("Authorization", Http.basic("admin", Api.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(Http.json("{\"username\":\"" + username + "\",\"password\":\"" + Api.PASSWORD
                        + "\",\"role\":\"INSPECTOR\"}"));
    }
}
