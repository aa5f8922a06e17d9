package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The roles of {@code /api/v1/counties/{code}/pairings}: planners and administrators create and end, inspectors read,
 * a principal reads and logs only their school's pairings and finds nothing else, the public nothing.
 */
@PlatformTest
class PairingApiIT {
    private final Api api;
    private final PairingFixture fixture;

    PairingApiIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.api = new Api(port);
        this.fixture = PairingFixture.of(app);
    }

    @Test
    void eachRoleMayDoWhatItMayAndNoMore() {
        String county = fixture.county(4).value();
        String base = "/api/v1/counties/" + county + "/pairings";
        SchoolYear mentor = fixture.primary(4, Location.URBAN).get(0);
        SchoolYear mentee = fixture.primary(4, Location.RURAL).get(0);
        SchoolYear otherMentee = fixture.primary(4, Location.RURAL).get(1);
        String body = request(mentor, mentee);

        assertThat(api.post(base, "inspector", body).statusCode()).isEqualTo(403);
        String principal = fixture.principalOf(mentee);
        assertThat(api.post(base, principal, body).statusCode()).isEqualTo(403);
        assertThat(api.anonymous(base).statusCode()).isEqualTo(401);

        HttpResponse<String> created = api.post(base, "planner", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Api.json(created).get("id").asLong();
        HttpResponse<String> other = api.post(base, "admin", request(mentor, otherMentee));
        assertThat(other.statusCode()).isEqualTo(201);
        long otherId = Api.json(other).get("id").asLong();

        HttpResponse<String> refused = api.post(base, "planner", body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).get("issues").get(0).get("code").asString())
                .isEqualTo("PR-09");

        assertThat(ids(api.get(base, "inspector"))).contains(id, otherId);
        assertThat(ids(api.get(base, principal))).as("the principal's own only").containsExactly(id);
        assertThat(api.get(base + "/" + otherId, principal).statusCode()).isEqualTo(404);
        assertThat(api.get(base + "/" + otherId + "/activities", principal).statusCode())
                .isEqualTo(404);
        String elsewhere = "/api/v1/counties/" + fixture.county(5).value() + "/pairings";
        assertThat(api.get(elsewhere, principal).statusCode())
                .as("another county")
                .isEqualTo(404);
        assertThat(api.get(elsewhere + "/" + id, "inspector").statusCode())
                .as("an id under another county")
                .isEqualTo(404);

        String activity = "{\"date\":\"2025-10-01\",\"kind\":\"SALON\",\"participants\":20,\"note\":\"月度沙龙\"}";
        HttpResponse<String> logged = api.post(base + "/" + id + "/activities", principal, activity);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(api.post(base + "/" + otherId + "/activities", principal, activity)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.post(base + "/" + id + "/activities", "inspector", activity)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> badKind =
                api.post(base + "/" + id + "/activities", principal, "{\"date\":\"2025-10-01\",\"kind\":\"PARTY\"}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("PR-15");
        assertThat(api.post(base + "/" + id + "/end", principal, "{\"endYear\":2025}")
                        .statusCode())
                .isEqualTo(403);

        JsonNode ended =
                Api.json(api.post(base + "/" + id + "/end", "planner", "{\"endYear\":" + fixture.year() + "}"));
        assertThat(ended.get("endYear").asInt()).isEqualTo(fixture.year());
        JsonNode read = Api.json(api.get(base + "/" + id, principal));
        assertThat(read.get("activityCount").asInt()).isEqualTo(1);
        assertThat(read.get("activities").get(0).get("kind").asString()).isEqualTo("SALON");
        assertThat(read.get("activities").get(0).get("recordedBy").asString()).isEqualTo(principal);
    }

    @Test
    void theFollowUpIsTheBureaus() {
        String base = "/api/v1/counties/" + fixture.county(0).value() + "/pairings/follow-up";
        HttpResponse<String> read = api.get(base + "?start=" + (fixture.year() - 1), "inspector");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode followUp = Api.json(read).get("followUp");
        assertThat(followUp.get("status").asString()).isEqualTo("COMPUTED");
        assertThat(followUp.get("baselineYear").asInt()).isEqualTo(fixture.year() - 1);
        JsonNode line = followUp.get("strata").get(0).get("lines").get(0);
        assertThat(line.get("year").asInt()).isEqualTo(fixture.year());
        assertThat(line.has("difference")).isTrue();
        assertThat(Api.json(read).get("indicators")).hasSize(7);
        assertThat(api.get(base, "principal").statusCode()).isEqualTo(403);
        JsonNode none = Api.json(api.get(base + "?start=1999", "planner")).get("followUp");
        assertThat(none.get("status").asString())
                .as("a year without pairings says so")
                .isEqualTo("NO_PAIRINGS");
        assertThat(none.get("strata")).isEmpty();
    }

    private String request(SchoolYear mentor, SchoolYear mentee) {
        return "{\"segment\":\"PRIMARY\",\"mentorSchoolCode\":\"" + mentor.code() + "\",\"menteeSchoolCode\":\""
                + mentee.code() + "\",\"startYear\":" + fixture.year()
                + ",\"agreementSignedOn\":\"2025-08-30\",\"agreementSummary\":\"每月一次教学沙龙\"}";
    }

    private static java.util.List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        Api.json(response).forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
