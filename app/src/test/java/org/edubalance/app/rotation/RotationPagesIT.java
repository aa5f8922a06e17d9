package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.edubalance.core.audit.AuditLog;
import org.edubalance.core.planning.PlanningJobStatus;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The rotation page over HTTP against the running platform: one run of the smallest demo county, shared by the
 * tests, and the re-solve, approval, export and role rules on top of it.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotationPagesIT {
    private final int port;
    private final ApplicationContext app;
    private final RotationRuns runs;
    private RegionCode county;
    private RotationJob first;
    private RotationPlanDocument firstResult;

    RotationPagesIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.app = app;
        this.runs = new RotationRuns(app);
    }

    @BeforeAll
    void runTheSmallestCounty() {
        county = runs.smallestCounty();
        long id = RotationRuns.run(PageSession.signIn(port, "planner"), county, 20);
        first = runs.awaitFinished(id);
        firstResult = runs.result(first);
    }

    @Test
    void aRunFinishesWithAPlanTheIndependentCheckerAccepts() {
        assertThat(first.status()).as(first.error()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(firstResult.outcome().status()).isIn(PlanningStatus.OPTIMAL, PlanningStatus.FEASIBLE);
        assertThat(firstResult.summary().valid()).isTrue();
        assertThat(firstResult.moves())
                .hasSizeGreaterThanOrEqualTo(firstResult.summary().minimumMovers());
        PlanCheck check = runs.check(first);
        assertThat(check.isValid()).as(check.violations().toString()).isTrue();
        assertThat(check.movers()).isEqualTo(firstResult.moves().size());

        String page = PageSession.signIn(port, "planner")
                .get("/rotation/" + county.value() + "?job=" + first.id() + "&lang=en")
                .body();
        assertThat(page).contains("id=\"moves\"", "id=\"summary\"", "id=\"cv-chart\"", "id=\"moves-map\"");
        assertThat(page).contains(firstResult.moves().getFirst().teacherId());
        assertThat(page).contains("name=\"timeLimitSeconds\" value=\"20\"");
    }

    @Test
    void theChinesePageWordsTheReasonsAndChecksInChineseAndTheEnglishPageInEnglish() {
        PageSession planner = PageSession.signIn(port, "planner");
        String base = "/rotation/" + county.value() + "?job=" + first.id();

        String zh = planner.get(base + "&lang=zh").body();
        String en = planner.get(base + "&lang=en").body();

        assertThat(zh)
                .contains("交流人数不少于", "每百名学生拥有")
                .doesNotContain("per 100 students", "movers ≥", "eligible teachers", "backbone_teachers_per100");
        assertThat(en).contains("movers ≥", "per 100 students").doesNotContain("交流人数不少于", "backbone_teachers_per100");
        assertThat(app.getBean(org.edubalance.core.audit.AuditLog.class).of("rotation-job", Long.toString(first.id())))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("READ_TEACHERS");
                    assertThat(e.actor()).isEqualTo("planner");
                    assertThat(e.newValue()).contains("\"via\": \"page\"");
                });
    }

    @Test
    void inspectorsSeeTheCountySummaryButNoTeacherAndMayNotRunApproveOrExport() {
        PageSession inspector = PageSession.signIn(port, "inspector");
        HttpResponse<String> page = inspector.get("/rotation/" + county.value() + "?job=" + first.id() + "&lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"summary\"", "id=\"cv-table\"").doesNotContain("id=\"moves\"");
        assertThat(page.body()).doesNotContain("id=\"run-form\"", "id=\"approve\"", "id=\"export\"");
        for (RotationPlanDocument.MoveLine move : firstResult.moves()) {
            assertThat(page.body()).doesNotContain(move.teacherId());
        }
        String csrf = PageSession.encode(PageSession.csrf(page.body()));
        String base = "/rotation/" + county.value();
        assertThat(inspector.postForm(base + "/jobs", "year=2025&_csrf=" + csrf).statusCode())
                .isEqualTo(403);
        assertThat(inspector
                        .postForm(base + "/jobs/" + first.id() + "/approve", "_csrf=" + csrf)
                        .statusCode())
                .isEqualTo(403);
        assertThat(inspector
                        .postForm(base + "/jobs/" + first.id() + "/resolve", "_csrf=" + csrf)
                        .statusCode())
                .isEqualTo(403);
        assertThat(inspector.get(base + "/jobs/" + first.id() + "/export").statusCode())
                .isEqualTo(403);
    }

    @Test
    void principalsSeeNothingOfRotation() {
        PageSession principal = PageSession.signIn(port, "principal");
        String base = "/rotation/" + county.value();

        assertThat(principal.get("/rotation").statusCode()).isEqualTo(403);
        assertThat(principal.get(base + "?job=" + first.id()).statusCode()).isEqualTo(403);
        assertThat(principal.get(base + "/jobs/" + first.id() + "/status").statusCode())
                .isEqualTo(403);
        assertThat(principal.get(base + "/jobs/" + first.id() + "/export").statusCode())
                .isEqualTo(403);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        PageSession planner = PageSession.signIn(port, "planner");
        assertThat(planner.postForm("/rotation/" + county.value() + "/jobs/" + first.id() + "/approve", "")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReSolveHonoursThePinsForbiddenMovesAndKeptTeachersAndKeepsTheOldResult() {
        List<RotationPlanDocument.MoveLine> moves = firstResult.moves();
        RotationPlanDocument.MoveLine pinned = moves.get(0);
        RotationPlanDocument.MoveLine forbidden = moves.get(1);
        RotationPlanDocument.MoveLine kept = moves.get(2);
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/rotation/" + county.value() + "?job=" + first.id())
                .body();

        HttpResponse<String> resolved = planner.postForm(
                "/rotation/" + county.value() + "/jobs/" + first.id() + "/resolve",
                "pin=" + PageSession.encode(pinned.teacherId() + ">" + pinned.toSchool())
                        + "&forbid=" + PageSession.encode(forbidden.teacherId() + ">" + forbidden.toSchool())
                        + "&keep=" + PageSession.encode(kept.teacherId())
                        + "&_csrf=" + PageSession.encode(PageSession.csrf(page)));
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(302);
        RotationJob second = runs.awaitFinished(RotationRuns.jobIn(resolved));

        assertThat(second.status()).as(second.error()).isEqualTo(PlanningJobStatus.DONE);
        assertThat(second.request().parentId()).isEqualTo(first.id());
        RotationPlanDocument result = runs.result(second);
        Set<String> movesAfter = result.moves().stream()
                .map(m -> m.teacherId() + ">" + m.toSchool())
                .collect(Collectors.toSet());
        assertThat(movesAfter)
                .contains(pinned.teacherId() + ">" + pinned.toSchool())
                .doesNotContain(forbidden.teacherId() + ">" + forbidden.toSchool());
        assertThat(result.moves()).noneMatch(m -> m.teacherId().equals(kept.teacherId()));
        assertThat(runs.check(second).isValid()).isTrue();
        RotationJob firstAgain =
                app.getBean(RotationJobs.class).find(first.id()).orElseThrow();
        assertThat(firstAgain.resultJson()).isEqualTo(first.resultJson());
    }

    @Test
    void aPlannerApprovesAPlanOnceWithWhoAndWhenAndAnAuditEntry() {
        PageSession planner = PageSession.signIn(port, "planner");
        long id = RotationRuns.run(planner, county, 10);
        runs.awaitFinished(id);
        String base = "/rotation/" + county.value();
        String page = planner.get(base + "?job=" + id).body();
        String csrf = "_csrf=" + PageSession.encode(PageSession.csrf(page));

        assertThat(planner.postForm(base + "/jobs/" + id + "/approve", csrf).statusCode())
                .isEqualTo(302);

        RotationJob approved = app.getBean(RotationJobs.class).find(id).orElseThrow();
        assertThat(approved.approvedBy()).isEqualTo("planner");
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(app.getBean(AuditLog.class).of("rotation-job", Long.toString(id)))
                .anyMatch(e -> e.action().equals("APPROVE") && e.actor().equals("planner"));
        assertThat(planner.get(base + "?job=" + id + "&lang=en").body())
                .contains("id=\"approved\"", "Approved by planner")
                .doesNotContain("id=\"approve\"");
        assertThat(planner.postForm(base + "/jobs/" + id + "/approve", csrf).statusCode())
                .isEqualTo(409);
    }

    @Test
    void thePlanExportsAsTheRotationWorkbook() {
        HttpResponse<byte[]> workbook = PageSession.signIn(port, "admin")
                .getBytes("/rotation/" + county.value() + "/jobs/" + first.id() + "/export");

        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(new String(workbook.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }

    @Test
    void aBadPolicyIsRefusedWithItsReasonAndStartsNothing() {
        PageSession planner = PageSession.signIn(port, "planner");
        String base = "/rotation/" + county.value();
        int before = app.getBean(RotationJobs.class)
                .ofCounty(county, RotationRuns.YEAR, 100)
                .size();
        String csrf = PageSession.encode(PageSession.csrf(planner.get(base).body()));

        HttpResponse<String> refused = planner.postForm(
                base + "/jobs?lang=en",
                "year=2025&base=national&maxCommuteKm=-3&minSharePercent=140&backboneSharePercent=20"
                        + "&maxLeavingPercent=15&direction=sideways&moverPenalty=0.002&timeLimitSeconds=0&_csrf="
                        + csrf);
        HttpResponse<String> badFile = planner.upload(
                base + "/jobs?lang=en",
                PageSession.csrf(planner.get(base).body()),
                "year=2025&base=national&maxCommuteKm=15&minSharePercent=10&backboneSharePercent=20"
                        + "&maxLeavingPercent=15&direction=any&moverPenalty=0.002&timeLimitSeconds=5",
                "policyFile",
                "policy.yaml",
                "extends: national\nmoves:\n  maxCommuteKms: 12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("A commute between 0.5 and 100 km.", "A share between 0 and 100 %.")
                .contains("Choose a direction from the list.", "Between 1 and 600 seconds.");
        assertThat(badFile.statusCode()).isEqualTo(422);
        assertThat(badFile.body()).contains("moves.maxCommuteKms");
        assertThat(app.getBean(RotationJobs.class).ofCounty(county, RotationRuns.YEAR, 100))
                .hasSize(before);
    }

    @Test
    void theApiRunsAndReadsJobsWithThePagesRoles() {
        var api = new Api(port);
        String jobs = "/api/v1/rotation/" + county.value() + "/jobs";

        HttpResponse<String> started =
                api.post(jobs, "planner", "{\"year\": 2025, \"base\": \"national\", \"timeLimitSeconds\": 10}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = Api.json(started).get("id").asLong();
        runs.awaitFinished(id);
        JsonNode planner = Api.json(api.get(jobs + "/" + id, "planner"));
        HttpResponse<String> inspector = api.get(jobs + "/" + id, "inspector");

        assertThat(planner.get("status").asString()).isEqualTo("DONE");
        assertThat(planner.get("result").get("moves").size()).isPositive();
        assertThat(inspector.statusCode()).isEqualTo(200);
        assertThat(Api.json(inspector).get("result").get("moves").size()).isZero();
        assertThat(Api.json(inspector).get("result").get("cvs").size()).isPositive();
        assertThat(api.get(jobs + "/" + id, "principal").statusCode()).isEqualTo(403);
        assertThat(api.post(jobs, "inspector", "{\"year\": 2025}").statusCode()).isEqualTo(403);
        assertThat(api.post(jobs + "/" + id + "/approve", "inspector", "{}").statusCode())
                .isEqualTo(403);
        assertThat(api.post(jobs, "planner", "{\"year\": 2025, \"policyYaml\": \"extends: mars\\n\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.anonymous("/v3/api-docs").body()).contains("/api/v1/rotation/{county}/jobs");
    }
}
