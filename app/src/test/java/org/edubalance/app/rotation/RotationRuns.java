package org.edubalance.app.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.PageSession;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.region.Regions;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.core.rotation.RotationJobs;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.RotationPlanChecker;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Starts rotation runs through the page and checks their stored results with the independent checker. */
public final class RotationRuns {
    /** The demo roster's year (app.demo.last-year). */
    public static final int YEAR = 2025;

    private final ApplicationContext app;

    public RotationRuns(ApplicationContext app) {
        this.app = app;
    }

    /** The demo county with the fewest teachers, which solves fastest. */
    public RegionCode smallestCounty() {
        TeacherRosters rosters = app.getBean(TeacherRosters.class);
        return app.getBean(Regions.class).counties().stream()
                .map(c -> c.code())
                .filter(c -> rosters.count(c, YEAR) > 0)
                .min(Comparator.comparingInt(c -> rosters.count(c, YEAR)))
                .orElseThrow();
    }

    /** Posts the policy form with the national defaults and {@code seconds} of time; returns the new job's id. */
    public static long run(PageSession session, RegionCode county, int seconds) {
        String page = session.get("/rotation/" + county.value()).body();
        HttpResponse<String> started = session.postForm(
                "/rotation/" + county.value() + "/jobs",
                "year=" + YEAR + "&base=national&maxCommuteKm=15&minSharePercent=10&backboneSharePercent=20"
                        + "&maxLeavingPercent=15&direction=any&subjectsStaffed=true&moverPenalty=0.002"
                        + "&timeLimitSeconds=" + seconds + "&_csrf=" + PageSession.encode(PageSession.csrf(page)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        return jobIn(started);
    }

    /** The job id the redirect after a run, re-solve or approval names. */
    public static long jobIn(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("job=") + 4));
    }

    /** Waits until job {@code id} is done (or failed), then returns it. */
    public RotationJob awaitFinished(long id) {
        RotationJobs jobs = app.getBean(RotationJobs.class);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !jobs.find(id).orElseThrow().status().isUnfinished());
        return jobs.find(id).orElseThrow();
    }

    /** The job's stored plan document. */
    public RotationPlanDocument result(RotationJob job) {
        return app.getBean(JsonMapper.class).readValue(job.resultJson(), RotationPlanDocument.class);
    }

    /** The independent checker's verdict on the job's stored moves, from the stored school data and roster. */
    public PlanCheck check(RotationJob job) {
        var request = job.request();
        List<SchoolYear> schools = app.getBean(SchoolYears.class).ofYear(request.year(), request.county());
        Map<TeacherId, List<SchoolCode>> forbidden =
                new HashMap<>(request.locks().forbidden());
        List<SchoolCode> every = schools.stream().map(SchoolYear::code).toList();
        request.locks().kept().forEach(t -> forbidden.put(t, every));
        return new RotationPlanChecker(app.getBean(RotationPolicies.class).read(request.policyYaml()))
                .check(
                        schools,
                        app.getBean(TeacherRosters.class).of(request.county(), request.year()),
                        request.county(),
                        request.year(),
                        result(job).planMoves(),
                        request.locks().pinned(),
                        forbidden);
    }
}
