package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/counties/{code}/group-proposals} over real HTTP: the document is the command line's for the same rows
 * and cores, adopted groups become stored school groups (audited), a set with a conflicting group stores nothing, a bad
 * policy or core is refused naming it, and each role may do what it may and no more.
 */
@PlatformTest
class GroupProposalApiIT {
    private static final int COUNTY = 4;

    private final Api api;
    private final GroupProposalFixture groups;
    private final JdbcClient jdbc;

    @Autowired
    GroupProposalApiIT(@Value("${local.server.port}") int port, ApplicationContext app, DataSource dataSource) {
        this.api = new Api(port);
        this.groups = new GroupProposalFixture(app);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void theProposalIsTheCommandLinesDocumentAndBadInputIsNamed() {
        int year = groups.fixture().year();
        Set<String> cores = groups.cores(COUNTY, 3);
        GroupPolicy national = PairingPolicyReader.loadGroups("national");
        long started = System.nanoTime();
        HttpResponse<String> proposed = api.post(base(), "planner", request(year, cores, ""));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        GroupPlan plan = groups.plan(COUNTY, cores, national);
        assertThat(plan.groups()).as("the demo county has groups to propose").isNotEmpty();
        assertThat(GroupProposalFixture.timeless(proposed.body()))
                .isEqualTo(GroupProposalFixture.timeless(GroupPlanJson.write(plan)));
        // The measure behind running the planner inside the request (GroupProposals): printed for the report.
        System.out.printf(
                "group proposal of county %s: %.2f s for the request, solve %s s%n",
                groups.fixture().county(COUNTY),
                seconds,
                Api.json(proposed).get("summary").get("seconds"));
        HttpResponse<String> inspector = api.post(base(), "inspector", request(year, cores, ""));
        assertThat(inspector.statusCode()).as("inspectors may look").isEqualTo(200);

        String yaml = "extends: national\\ngroupMaxSize: 3\\n";
        HttpResponse<String> small = api.post(base(), "admin", request(year, cores, yaml));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
        var three = new GroupPolicy(
                "county-policy", national.minSize(), 3, national.minMeanStrength(), national.maxDistanceKm());
        assertThat(GroupProposalFixture.timeless(small.body()))
                .isEqualTo(GroupProposalFixture.timeless(GroupPlanJson.write(groups.plan(COUNTY, cores, three))));

        HttpResponse<String> bad =
                api.post(base(), "planner", request(year, cores, "extends: national\\ngroupMinSize: 1\\n"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).get("message").asString()).contains("county-policy.yaml", "groupMinSize", "1");
        HttpResponse<String> unknown =
                api.post(base(), "planner", request(year, cores, "extends: national\\ngroupSize: 3\\n"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).get("message").asString()).contains("groupSize", "is not a key");

        HttpResponse<String> noCore = api.post(base(), "planner", request(year, Set.of("NO-SUCH-SCHOOL"), ""));
        assertThat(noCore.statusCode()).isEqualTo(400);
        assertThat(Api.json(noCore).get("message").asString()).contains("NO-SUCH-SCHOOL", "is not a school of county");
        assertThat(api.post(base(), "planner", "{\"cores\":[]}").statusCode()).isEqualTo(400);
        assertThat(api.post(base(), "planner", "{\"cores\":[\"x\"],\"timeLimitSeconds\":61}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.post(base(), "planner", request(1991, cores, "")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void adoptedGroupsAreStoredAllOrNoneAndTheRolesHold() {
        String county = groups.fixture().county(COUNTY).value();
        Set<String> cores = groups.cores(COUNTY, 3);
        GroupPlan plan = groups.plan(COUNTY, cores, PairingPolicyReader.loadGroups("national"));
        List<GroupPlan.Group> proposed =
                plan.groups().stream().filter(g -> !g.members().isEmpty()).toList();
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(2);
        int start = groups.fixture().year() + 1;
        String first = adoption(start, proposed.getFirst());
        long before = stored(county);

        assertThat(api.post(base() + "/adopt", "inspector", first).statusCode()).isEqualTo(403);
        String principal = groups.fixture()
                .principalOf(groups.fixture().primary(COUNTY, Location.RURAL).get(0));
        assertThat(api.post(base(), principal, request(null, cores, "")).statusCode())
                .isEqualTo(403);
        assertThat(api.post(base() + "/adopt", principal, first).statusCode()).isEqualTo(403);
        assertThat(stored(county)).as("nothing stored by the refused").isEqualTo(before);

        HttpResponse<String> adopted = api.post(base() + "/adopt", "planner", first);
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        JsonNode one = Api.json(adopted).get(0);
        assertThat(one.get("startYear").asInt()).isEqualTo(start);
        assertThat(one.get("core").asString()).isEqualTo(proposed.getFirst().core());
        assertThat(one.get("members")).hasSize(proposed.getFirst().members().size());
        assertThat(one.get("name").asString()).endsWith("教育集团（小学）");
        assertThat(stored(county)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'school-group' and action = 'CREATE'"
                                + " and new_value ->> 'county' = :c and new_value ->> 'adoptedFrom' like 'group"
                                + " proposal%'")
                        .param("c", county)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<String> conflict =
                api.post(base() + "/adopt", "admin", adoption(start, proposed.get(1), proposed.getFirst()));
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        assertThat(Api.json(conflict).get("message").asString()).contains("group 2", "PR-16");
        assertThat(stored(county))
                .as("the new group of the refused set is not stored")
                .isEqualTo(before + 1);

        List<String> members = new ArrayList<>(
                proposed.get(1).members().stream().map(GroupPlan.Member::school).toList());
        members.add("NO-SUCH");
        String badSchool = "{\"startYear\":" + start + ",\"groups\":[{\"segment\":\"PRIMARY\",\"core\":\""
                + proposed.get(1).core() + "\",\"members\":[\"" + String.join("\",\"", members) + "\"]}]}";
        HttpResponse<String> refused = api.post(base() + "/adopt", "planner", badSchool);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("PR-05", "NO-SUCH");
        assertThat(stored(county)).isEqualTo(before + 1);
        assertThat(api.post(base() + "/adopt", "planner", "{\"groups\":[]}").statusCode())
                .isEqualTo(400);
    }

    private String base() {
        return "/api/v1/counties/" + groups.fixture().county(COUNTY).value() + "/group-proposals";
    }

    private static String request(Integer year, Set<String> cores, String yaml) {
        return "{" + (year == null ? "" : "\"year\":" + year + ",") + "\"cores\":[\"" + String.join("\",\"", cores)
                + "\"]" + (yaml.isEmpty() ? "" : ",\"policy\":\"" + yaml + "\"") + "}";
    }

    private static String adoption(int start, GroupPlan.Group... chosen) {
        List<String> each =
                Arrays.stream(chosen).map(GroupProposalFixture::json).toList();
        return "{\"startYear\":" + start + ",\"groups\":[" + String.join(",", each) + "]}";
    }

    private long stored(String county) {
        return jdbc.sql("select count(*) from school_group where county_code = :c")
                .param("c", county)
                .query(Long.class)
                .single();
    }
}
