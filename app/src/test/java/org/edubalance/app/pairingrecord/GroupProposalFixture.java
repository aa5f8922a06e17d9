package org.edubalance.app.pairingrecord;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.SegmentStrength;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanner;
import org.springframework.context.ApplicationContext;

/**
 * The school-group plan of a county of the demo city computed as {@code edubalance plan groups} computes it from a
 * file of that county and year (its rows, the default standard), around the county's strongest primary schools that
 * may lead (public, not teaching points, with a position). Each test uses a county no other group test stores groups
 * in, as the tests share one platform.
 */
public final class GroupProposalFixture {
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;

    public GroupProposalFixture(ApplicationContext app) {
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
    }

    public PairingFixture fixture() {
        return fixture;
    }

    private Evaluation evaluation(int k) {
        List<SchoolYear> rows = schoolYears.ofYear(fixture.year(), fixture.county(k));
        return new YearEvaluator(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID))
                .evaluate(rows, fixture.year(), Map.of());
    }

    /** The {@code n} strongest primary schools of county {@code k} that may lead a group, strongest first. */
    public Set<String> cores(int k, int n) {
        Set<String> cores = new LinkedHashSet<>();
        evaluation(k).schools().stream()
                .filter(s -> s.segment() == Segment.PRIMARY
                        && s.school().ownership() == Ownership.PUBLIC
                        && s.school().type() != SchoolType.TEACHING_POINT
                        && s.school().position() != null
                        && !Double.isNaN(SegmentStrength.of(s)))
                .sorted(Comparator.comparingDouble((SchoolEvaluation s) -> SegmentStrength.of(s))
                        .reversed())
                .limit(n)
                .forEach(s -> cores.add(s.school().code().value()));
        return cores;
    }

    /** The plan of county {@code k} around {@code cores} under {@code policy}. */
    public GroupPlan plan(int k, Set<String> cores, GroupPolicy policy) {
        RegionCode county = fixture.county(k);
        return new GroupPlanner(policy, Duration.ofSeconds(GroupProposals.DEFAULT_SECONDS))
                .plan(evaluation(k), county.value(), cores);
    }

    /** The document without its wall time, which differs from run to run. */
    public static String timeless(String json) {
        return json.replaceAll("\"seconds\":[0-9.eE+-]+", "\"seconds\":0");
    }

    /** A group of {@code plan} as the adoption request names it. */
    public static String json(GroupPlan.Group g) {
        return "{\"segment\":\"" + g.segment() + "\",\"core\":\"" + g.core() + "\",\"members\":["
                + String.join(
                        ",",
                        g.members().stream().map(m -> "\"" + m.school() + "\"").toList())
                + "]}";
    }

    /** The checkbox value of a group on the page. */
    public static String value(GroupPlan.Group g) {
        return g.segment() + "/" + g.core() + "/"
                + String.join(
                        ",", g.members().stream().map(GroupPlan.Member::school).toList());
    }
}
