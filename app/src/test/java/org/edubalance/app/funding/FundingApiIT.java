package org.edubalance.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.app.pairingrecord.PairingFixture;
import org.edubalance.core.funding.FundingFormula;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.dataimport.policy.FundingPolicyReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The roles of the funding API, page and export, as an attacker would try them: planners and administrators choose
 * policies and export; inspectors read the default policy; a principal gets their school's row and nothing of another
 * school (API, page, export); the public nothing. And a refused policy file: located in the page's language, not kept.
 */
@PlatformTest
class FundingApiIT {
    private final int port;
    private final Api api;
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;

    FundingApiIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.api = new Api(port);
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
    }

    private List<SchoolYear> publicSchools(int county) {
        return schoolYears.ofYear(fixture.year(), fixture.county(county)).stream()
                .filter(s -> s.ownership() == Ownership.PUBLIC)
                .toList();
    }

    @Test
    void plannersChooseInspectorsReadPrincipalsSeeTheirSchoolOnly() {
        String county = fixture.county(1).value();
        String base = "/api/v1/counties/" + county + "/funding?year=" + fixture.year();
        List<SchoolYear> schools = publicSchools(1);
        FundingPolicy centralWest = FundingPolicyReader.load("national-central-west");

        HttpResponse<String> planner = api.get(base + "&policy=national-central-west", "planner");
        assertThat(planner.statusCode()).as(planner.body()).isEqualTo(200);
        JsonNode doc = Api.json(planner);
        assertThat(doc.get("kind").asString()).isEqualTo("funding");
        assertThat(doc.get("policy").asString()).isEqualTo("national-central-west");
        assertThat(doc.get("schools")).hasSize(schools.size());
        assertThat(doc.get("counties")).hasSize(1);
        Map<String, SchoolYear> byCode =
                schools.stream().collect(Collectors.toMap(s -> s.code().value(), s -> s));
        for (JsonNode s : doc.get("schools")) {
            assertThat(s.get("countyCode").asString()).isEqualTo(county);
            assertThat(s.get("allocation").asDouble())
                    .isCloseTo(
                            FundingFormula.allocation(
                                    centralWest, byCode.get(s.get("code").asString())),
                            within(1e-6));
        }
        assertThat(api.get(base + "&policy=no-such-policy", "planner").statusCode())
                .isEqualTo(400);

        // The demo's county policy: national-east with boarders at 300 yuan and rural schools at 1.2.
        FundingPolicy east = FundingPolicyReader.load("national-east");
        Map<Location, Double> tilt = new EnumMap<>(east.locationFactor());
        tilt.put(Location.RURAL, 1.2);
        FundingPolicy demo = new FundingPolicy(
                "demo", east.perStudent(), 300, east.smallSchoolFloor(), east.specialEducationPerStudent(), tilt, null);
        JsonNode tilted = Api.json(api.get(base + "&policy=" + FundingPolicies.DEMO, "planner"));
        assertThat(tilted.get("policy").asString()).isEqualTo(FundingPolicies.DEMO);
        for (JsonNode s : tilted.get("schools")) {
            assertThat(s.get("allocation").asDouble())
                    .isCloseTo(
                            FundingFormula.allocation(
                                    demo, byCode.get(s.get("code").asString())),
                            within(1e-6));
        }

        HttpResponse<String> inspector = api.get(base, "inspector");
        assertThat(inspector.statusCode()).isEqualTo(200);
        assertThat(Api.json(inspector).get("policy").asString()).isEqualTo("national-east");
        assertThat(Api.json(inspector).get("schools")).hasSize(schools.size());
        assertThat(api.get(base + "&policy=national-central-west", "inspector").statusCode())
                .isEqualTo(403);

        SchoolYear own = schools.getFirst();
        String principal = fixture.principalOf(own);
        HttpResponse<String> mine = api.get(base, principal);
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode cut = Api.json(mine);
        assertThat(cut.get("schools")).hasSize(1);
        assertThat(cut.get("schools").get(0).get("code").asString())
                .isEqualTo(own.code().value());
        assertThat(cut.get("counties"))
                .as("no county figure to infer the others from")
                .isEmpty();
        for (SchoolYear other : schools.subList(1, schools.size())) {
            assertThat(mine.body()).doesNotContain(other.code().value());
        }
        assertThat(api.get(base + "&policy=national-central-west", principal).statusCode())
                .isEqualTo(403);
        String elsewhere = "/api/v1/counties/" + fixture.county(2).value() + "/funding";
        assertThat(api.get(elsewhere, principal).statusCode()).isEqualTo(404);

        assertThat(api.anonymous(base).statusCode()).isEqualTo(401);
        assertThat(api.anonymous("/v3/api-docs").body()).contains("/api/v1/counties/{county}/funding");
    }

    @Test
    void aPrincipalsPageShowsTheirRowAndNoOtherSchoolAndTheExportIsRefused() {
        String county = fixture.county(1).value();
        List<SchoolYear> schools = publicSchools(1);
        SchoolYear own = schools.get(1);
        PageSession principal = PageSession.signIn(port, fixture.principalOf(own));

        HttpResponse<String> page = principal.get("/funding/" + county + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-school=\"" + own.code().value() + "\"");
        for (SchoolYear other : schools) {
            if (!other.equals(own)) {
                assertThat(page.body()).doesNotContain(other.code().value());
                assertThat(page.body()).doesNotContain(">" + other.name() + "<");
            }
        }
        assertThat(page.body()).doesNotContain("sweep-chart", "county-figures", "policy-upload");
        assertThat(principal.get("/funding/" + county + "/export").statusCode()).isEqualTo(403);
        assertThat(principal
                        .get("/funding/" + county + "?policy=national-central-west")
                        .statusCode())
                .isEqualTo(403);
        assertThat(principal.get("/funding/" + fixture.county(2).value()).statusCode())
                .isEqualTo(404);
        String csrf = PageSession.csrf(page.body());
        assertThat(principal
                        .upload(
                                "/funding/" + county + "/policy",
                                csrf,
                                "",
                                "policyFile",
                                "p.yaml",
                                "extends: national-east\n".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(403);

        PageSession inspector = PageSession.signIn(port, "inspector");
        assertThat(inspector.get("/funding/" + county).body())
                .contains("sweep-chart")
                .doesNotContain("policy-upload");
        assertThat(inspector.get("/funding/" + county + "/export").statusCode()).isEqualTo(403);
        assertThat(api.anonymous("/funding/" + county).statusCode()).isEqualTo(302);
    }

    @Test
    void aCountysOwnPolicyIsSentAsYamlByEditorsOnlyAndARefusalNamesTheKey() {
        String county = fixture.county(1).value();
        String path = "/api/v1/counties/" + county + "/funding?year=" + fixture.year();
        String yaml = "extends: national-east\nlocationFactor: {RURAL: 1.25}\n";
        FundingPolicy tilted = FundingPolicyReader.load("national-east");
        List<SchoolYear> schools = publicSchools(1);
        Map<String, SchoolYear> byCode =
                schools.stream().collect(Collectors.toMap(s -> s.code().value(), s -> s));

        HttpResponse<String> planner = api.post(path, "planner", "application/yaml", yaml);

        assertThat(planner.statusCode()).as(planner.body()).isEqualTo(200);
        JsonNode doc = Api.json(planner);
        assertThat(doc.get("schools")).hasSize(schools.size());
        boolean sawRural = false;
        for (JsonNode s : doc.get("schools")) {
            SchoolYear school = byCode.get(s.get("code").asString());
            double plain = FundingFormula.allocation(tilted, school);
            // Rural schools get a quarter more than under national-east; the others the same.
            double factor = school.location() == Location.RURAL ? 1.25 : 1.0;
            sawRural |= school.location() == Location.RURAL;
            assertThat(s.get("allocation").asDouble()).isCloseTo(plain * factor, within(1e-6));
        }
        assertThat(sawRural).isTrue();

        HttpResponse<String> refused =
                api.post(path, "planner", "application/yaml", "extends: national-east\nperStudent: {JUNIOR: -800}\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("perStudent.JUNIOR");
        assertThat(api.post(path, "inspector", "application/yaml", yaml).statusCode())
                .isEqualTo(403);
        assertThat(api.post(path, fixture.principalOf(schools.getFirst()), "application/yaml", yaml)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRefusedPolicyIsLocatedInThePagesLanguageAndNotKept() {
        String county = fixture.county(1).value();
        PageSession planner = PageSession.signIn(port, "planner");
        String csrf =
                PageSession.csrf(planner.get("/funding/" + county + "?lang=zh").body());
        byte[] bad = "extends: national-east\nperStudent: {JUNIOR: -800}\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused =
                planner.upload("/funding/" + county + "/policy", csrf, "", "policyFile", "county.yaml", bad);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("perStudent.JUNIOR", "应为不小于0的数，实际为 -800");
        assertThat(refused.body()).doesNotContain(FundingPolicies.UPLOADED + "</option>");
        assertThat(planner.get("/funding/" + county + "?policy=" + FundingPolicies.UPLOADED)
                        .statusCode())
                .as("nothing kept")
                .isEqualTo(404);

        HttpResponse<String> english = planner.upload(
                "/funding/" + county + "/policy?lang=en",
                csrf,
                "",
                "policyFile",
                "county.yaml",
                "extends: national-east\nlocationFactr: {RURAL: 1.2}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("locationFactr", "is not a key of a funding policy");

        byte[] large = ("extends: national-east\n" + "#".repeat(FundingPolicies.MAX_YAML_BYTES))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge =
                planner.upload("/funding/" + county + "/policy", csrf, "", "policyFile", "county.yaml", large);
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("larger than 16 KB");
    }
}
