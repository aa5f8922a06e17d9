package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/counties/{code}/pairing-proposals} over real HTTP: the document is the command line's for the same
 * rows and policy, adopted pairs become stored pairings (audited), a set with one refused pair stores nothing, and
 * each role may do what it may and no more.
 */
@PlatformTest
class ProposalApiIT {
    private static final int COUNTY = 7;

    private final int port;
    private final Api api;
    private final ProposalFixture proposals;
    private final JdbcClient jdbc;

    @Autowired
    ProposalApiIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.port = port;
        this.api = new Api(port);
        this.proposals = new ProposalFixture(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void theProposalIsTheCommandLinesDocumentUnderTheShippedOrAnUploadedPolicy() {
        String base = base();
        int year = proposals.fixture().year();
        PairingPolicy national = PairingPolicyReader.load("national");
        HttpResponse<String> proposed = api.post(base, "planner", "{\"year\":" + year + "}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        PairingPlan plan = proposals.plan(COUNTY, national);
        assertThat(plan.pairs()).as("the demo county has pairs to propose").isNotEmpty();
        assertThat(proposed.body()).isEqualTo(PairingPlanJson.write(plan));
        assertThat(api.post(base, "inspector", "{}").body())
                .as("the newest year by default, inspectors may look")
                .isEqualTo(PairingPlanJson.write(plan));

        String yaml = "extends: national\\nmaxDistanceKm: 4\\nmaxMenteesPerMentor: 1\\n";
        HttpResponse<String> near = api.post(base, "admin", "{\"year\":" + year + ",\"policy\":\"" + yaml + "\"}");
        assertThat(near.statusCode()).as(near.body()).isEqualTo(200);
        var tight = new PairingPolicy(
                "county-policy",
                national.mentorMinStrength(),
                national.menteeMaxStrength(),
                1,
                4,
                national.urbanRuralOnly());
        assertThat(near.body()).isEqualTo(PairingPlanJson.write(proposals.plan(COUNTY, tight)));
        assertThat(near.body()).isNotEqualTo(proposed.body());

        HttpResponse<String> bad =
                api.post(base, "planner", "{\"policy\":\"extends: national\\nmaxMenteesPerMentor: 0\\n\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).get("message").asString()).contains("county-policy.yaml", "maxMenteesPerMentor", "0");
        HttpResponse<String> unknown = api.post(base, "planner", "{\"policy\":\"extends: national\\nradiusKm: 3\\n\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).get("message").asString()).contains("radiusKm", "is not a key");
        assertThat(api.post(base, "planner", "{\"year\":1991}").statusCode()).isEqualTo(404);
    }

    @Test
    void adoptedPairsAreStoredAllOrNoneAndTheRolesHold() {
        String base = base();
        String county = proposals.fixture().county(COUNTY).value();
        List<PairingPlan.Pair> pairs =
                proposals.adoptable(COUNTY, proposals.plan(COUNTY, PairingPolicyReader.load("national")));
        assertThat(pairs).as("pairs no other test pairs by hand").hasSizeGreaterThanOrEqualTo(3);
        int start = proposals.fixture().year() + 1;
        String two = adoption(start, pairs.get(0), pairs.get(1));
        long before = pairings(county);

        assertThat(api.post(base + "/adopt", "inspector", two).statusCode()).isEqualTo(403);
        String principal = proposals
                .fixture()
                .principalOf(proposals.fixture().primary(COUNTY, Location.RURAL).get(0));
        assertThat(api.post(base, principal, "{}").statusCode()).isEqualTo(403);
        assertThat(api.post(base + "/adopt", principal, two).statusCode()).isEqualTo(403);
        assertThat(anonymous(base, "{}").statusCode()).isEqualTo(401);
        assertThat(pairings(county)).as("nothing stored by the refused").isEqualTo(before);

        HttpResponse<String> adopted = api.post(base + "/adopt", "planner", two);
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        JsonNode stored = Api.json(adopted);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("startYear").asInt()).isEqualTo(start);
        assertThat(pairings(county)).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'pairing' and action = 'CREATE'"
                                + " and new_value ->> 'county' = :c and new_value ->> 'importedFrom' like 'pairing"
                                + " proposal%'")
                        .param("c", county)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        HttpResponse<String> conflict = api.post(base + "/adopt", "admin", adoption(start, pairs.get(2), pairs.get(1)));
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        assertThat(Api.json(conflict).get("message").asString()).contains("pair 2", "PR-09");
        assertThat(Api.json(conflict).get("issues").get(0).get("row").asLong()).isEqualTo(2);
        assertThat(pairings(county))
                .as("the new pair of the refused set is not stored")
                .isEqualTo(before + 2);

        String badSchool = "{\"startYear\":" + start + ",\"pairs\":[" + ProposalFixture.json(pairs.get(2))
                + ",{\"segment\":\"PRIMARY\",\"mentor\":\"NO-SUCH\",\"mentee\":\""
                + pairs.get(2).mentee() + "\"}]}";
        HttpResponse<String> refused = api.post(base + "/adopt", "planner", badSchool);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("PR-05", "NO-SUCH");
        assertThat(pairings(county)).isEqualTo(before + 2);
        assertThat(api.post(base + "/adopt", "planner", "{\"startYear\":" + start + ",\"pairs\":[]}")
                        .statusCode())
                .isEqualTo(400);
    }

    private String base() {
        return "/api/v1/counties/" + proposals.fixture().county(COUNTY).value() + "/pairing-proposals";
    }

    private static String adoption(int start, PairingPlan.Pair... pairs) {
        List<String> each =
                java.util.Arrays.stream(pairs).map(ProposalFixture::json).toList();
        return "{\"startYear\":" + start + ",\"agreementSignedOn\":\"2025-08-30\",\"agreementSummary\":\"结对帮扶\","
                + "\"pairs\":[" + String.join(",", each) + "]}";
    }

    private long pairings(String county) {
        return jdbc.sql("select count(*) from pairing where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> anonymous(String path, String json) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
