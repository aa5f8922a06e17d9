package org.edubalance.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@PlatformTest
class SecurityRulesIT {
    private final Api api;

    SecurityRulesIT(@Value("${local.server.port}") int port) {
        this.api = new Api(port);
    }

    @Test
    void answers401AsJsonWithoutCredentials() {
        HttpResponse<String> response = api.anonymous("/api/v1/schools");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("AUTH_REQUIRED");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void answers401ForAWrongPassword() {
        assertThat(api.get("/api/v1/schools", "nobody").statusCode()).isEqualTo(401);
    }

    @Test
    void inspectorsReadEverythingButChangeNothing() {
        String school = anySchoolOtherThanThePrincipals();
        assertThat(api.get("/api/v1/schools", "inspector").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/schools/" + school, "inspector").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/audit", "inspector").statusCode()).isEqualTo(200);

        HttpResponse<String> put =
                api.put("/api/v1/schools/" + school + "/years/2025", "inspector", "{\"version\":1,\"values\":{}}");
        HttpResponse<String> upload = api.upload("/api/v1/imports", "inspector", "s.csv", new byte[] {'x'});

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(Api.json(put).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(upload.statusCode()).isEqualTo(403);
    }

    @Test
    void principalsSeeAndChangeOnlyTheirOwnSchool() {
        JsonNode own = Api.json(api.get("/api/v1/schools", "principal"));
        String other = anySchoolOtherThanThePrincipals();

        assertThat(own).hasSize(1);
        String school = own.get(0).get("code").asString();
        assertThat(api.get("/api/v1/schools/" + school, "principal").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/schools/" + other, "principal").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/schools/" + other + "/years/2025", "principal")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> put =
                api.put("/api/v1/schools/" + other + "/years/2025", "principal", "{\"version\":1,\"values\":{}}");
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(Api.json(put).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(api.get("/api/v1/exports/" + own.get(0).get("countyCode").asString(), "principal")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void principalsSeeOnlyTheirOwnSchoolInTheCountyEvaluation() {
        JsonNode own = Api.json(api.get("/api/v1/schools", "principal")).get(0);

        JsonNode evaluation =
                Api.json(api.get("/api/v1/evaluations/" + own.get("countyCode").asString(), "principal"));

        assertThat(evaluation.get("schools"))
                .allSatisfy(s -> assertThat(s.get("code").asString())
                        .isEqualTo(own.get("code").asString()));
        assertThat(evaluation.get("counties").get(0).get("shortfalls"))
                .allSatisfy(s -> assertThat(s.get("school").asString())
                        .isEqualTo(own.get("code").asString()));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        assertThat(api.get("/api/v1/users", "planner").statusCode()).isEqualTo(403);
        HttpResponse<String> users = api.get("/api/v1/users", "admin");

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"principal\"").doesNotContain("bcrypt");
    }

    @Test
    void administratorsCreateAccountsThatCanSignIn() {
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                "admin",
                "{\"username\":\"planner2\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"PLANNER\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api.get("/api/v1/regions", "planner2").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit?entity=user&key=planner2", "admin").body())
                .contains("CREATE")
                .doesNotContain(Api.PASSWORD);
    }

    private String anySchoolOtherThanThePrincipals() {
        String own = Api.json(api.get("/api/v1/schools", "principal"))
                .get(0)
                .get("code")
                .asString();
        for (JsonNode school : Api.json(api.get("/api/v1/schools", "admin"))) {
            if (!school.get("code").asString().equals(own)) {
                return school.get("code").asString();
            }
        }
        throw new IllegalStateException("The demo has more than one school");
    }
}
