package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Personal API tokens: created by their owner, shown once, stored hashed, listed, expiring, revocable (issue 10). */
@PlatformTest
class ApiTokenIT {
    private static final Pattern SHOWN_TOKEN = Pattern.compile("(ebt_[A-Za-z0-9_-]{43})");

    private final int port;
    private final Http http;
    private final Api api;
    private final JdbcClient database;

    @Autowired
    ApiTokenIT(@Value("${local.server.port}") int port, DataSource dataSource) {
        this.port = port;
        this.http = new Http(port);
        this.api = new Api(port);
        this.database = JdbcClient.create(dataSource);
    }

    @Test
    void aScriptAuthenticatesWithATokenUntilItsOwnerRevokesIt() {
        createAccount("token-owner", "PLANNER");
        JsonNode created = Api.json(http.send(basic("/api/v1/account/tokens", "token-owner")
                .header("Content-Type", "application/json")
                .POST(Http.json("{\"name\":\"nightly export\",\"days\":30}"))));
        String token = created.get("token").asString();
        long id = created.get("id").asLong();

        HttpResponse<String> withToken = http.send(bearer("/api/v1/regions", token));
        HttpResponse<String> listed = http.send(basic("/api/v1/account/tokens", "token-owner"));
        HttpResponse<String> revoked =
                http.send(basic("/api/v1/account/tokens/" + id, "token-owner").DELETE());
        HttpResponse<String> afterRevoking = http.send(bearer("/api/v1/regions", token));

        assertThat(token).matches(SHOWN_TOKEN);
        assertThat(withToken.statusCode()).isEqualTo(200);
        JsonNode line = Api.json(listed).get(0);
        assertThat(line.get("name").asString()).isEqualTo("nightly export");
        assertThat(line.get("createdAt").isNull()).isFalse();
        assertThat(line.get("expiresAt").isNull()).isFalse();
        assertThat(line.get("lastUsedAt").isNull()).as("the use above is shown").isFalse();
        assertThat(listed.body()).doesNotContain(token).doesNotContain(sha256(token));
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(afterRevoking.statusCode()).isEqualTo(401);
        assertThat(Api.json(afterRevoking).get("code").asString()).isEqualTo("AUTH_REQUIRED");
        String audit =
                api.get("/api/v1/audit?entity=api_token&key=" + id, "admin").body();
        assertThat(audit).contains("CREATE", "REVOKE", "nightly export").doesNotContain(token);
    }

    @Test
    void onlyTheHashIsStored() {
        createAccount("token-hashed", "INSPECTOR");
        String token = Api.json(http.send(basic("/api/v1/account/tokens", "token-hashed")
                        .header("Content-Type", "application/json")
                        .POST(Http.json("{\"name\":\"stored\",\"days\":1}"))))
                .get("token")
                .asString();

        String stored = database.sql("select token_hash from api_token where username = 'token-hashed'")
                .query(String.class)
                .single();

        assertThat(stored).isEqualTo(sha256(token)).doesNotContain(token);
    }

    @Test
    void aTokenCarriesTheAccountsCurrentRightsAndStopsWithTheAccount() {
        createAccount("token-rights", "PLANNER");
        String token = Api.json(http.send(basic("/api/v1/account/tokens", "token-rights")
                        .header("Content-Type", "application/json")
                        .POST(Http.json("{\"name\":\"rights\",\"days\":7}"))))
                .get("token")
                .asString();
        assertThat(http.send(bearer("/api/v1/imports", token)).statusCode()).isEqualTo(200);

        api.put(
                "/api/v1/users/token-rights",
                "admin",
                "{\"role\":\"PRINCIPAL\",\"school\":\"" + anySchool() + "\",\"enabled\":true}");
        HttpResponse<String> asPrincipal = http.send(bearer("/api/v1/imports", token));
        api.put("/api/v1/users/token-rights", "admin", "{\"role\":\"PLANNER\",\"enabled\":false}");
        HttpResponse<String> disabled = http.send(bearer("/api/v1/regions", token));

        assertThat(asPrincipal.statusCode()).isEqualTo(403);
        assertThat(disabled.statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        createAccount("token-expired", "INSPECTOR");
        String token = Api.json(http.send(basic("/api/v1/account/tokens", "token-expired")
                        .header("Content-Type", "application/json")
                        .POST(Http.json("{\"name\":\"short\",\"days\":1}"))))
                .get("token")
                .asString();
        assertThat(http.send(bearer("/api/v1/regions", token)).statusCode()).isEqualTo(200);

        database.sql("update api_token set expires_at = now() - interval '1 second' where username = 'token-expired'")
                .update();

        assertThat(http.send(bearer("/api/v1/regions", token)).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokensPageShowsANewTokenOnceAndListsTheTokens() {
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/account/tokens?lang=en").body();

        HttpResponse<String> created = planner.postForm(
                "/account/tokens", "name=from-the-page&days=90&_csrf=" + PageSession.encode(PageSession.csrf(page)));
        String shown = planner.get("/account/tokens?lang=en").body();
        String again = planner.get("/account/tokens?lang=en").body();

        assertThat(created.statusCode()).isEqualTo(302);
        Matcher token = SHOWN_TOKEN.matcher(shown);
        assertThat(token.find()).as("the new token is shown").isTrue();
        assertThat(again).contains("from-the-page").doesNotContain(token.group(1));
        assertThat(http.send(bearer("/api/v1/regions", token.group(1))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theApiDocumentNamesBothSchemes() {
        JsonNode schemes =
                Api.json(api.anonymous("/v3/api-docs")).get("components").get("securitySchemes");

        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("token").get("scheme").asString()).isEqualTo("bearer");
    }

    private java.net.http.HttpRequest.Builder basic(String path, String user) {
        return http.request(path).header("Authorization", Http.basic(user, Api.PASSWORD));
    }

    private java.net.http.HttpRequest.Builder bearer(String path, String token) {
        return http.request(path).header("Authorization", "Bearer " + token);
    }

    private void createAccount(String username, String role) {
        assertThat(api.post(
                                "/api/v1/users",
                                "admin",
                                "{\"username\":\"" + username + "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\""
                                        + role + "\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    private String anySchool() {
        return Api.json(api.get("/api/v1/schools", "admin")).get(0).get("code").asString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
