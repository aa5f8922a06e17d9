package org.edubalance.app.pairingrecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanner;
import org.springframework.context.ApplicationContext;

/**
 * The pairing plan of a county of the demo city computed as {@code edubalance plan pairing} computes it from a file
 * of that county and year (its rows, the default standard, no county inputs), and the proposed pairs a test may adopt:
 * those that touch none of the schools the other pairing tests pair by hand ({@link PairingFixture#primary}'s first
 * three of each location), as the tests share one platform.
 */
public final class ProposalFixture {
    private final PairingFixture fixture;
    private final SchoolYears schoolYears;

    public ProposalFixture(ApplicationContext app) {
        this.fixture = PairingFixture.of(app);
        this.schoolYears = app.getBean(SchoolYears.class);
    }

    public PairingFixture fixture() {
        return fixture;
    }

    /** The plan of county {@code k} in the fixture's year under {@code policy}. */
    public PairingPlan plan(int k, PairingPolicy policy) {
        RegionCode county = fixture.county(k);
        List<SchoolYear> rows = schoolYears.ofYear(fixture.year(), county);
        Evaluation evaluation = new YearEvaluator(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID))
                .evaluate(rows, fixture.year(), Map.of());
        return new PairingPlanner(policy).plan(evaluation, county.value());
    }

    /** The pairs of {@code plan} a test of county {@code k} may adopt, junior pairs first. */
    public List<PairingPlan.Pair> adoptable(int k, PairingPlan plan) {
        Set<String> reserved = new HashSet<>();
        for (Location location : Location.values()) {
            fixture.primary(k, location).stream()
                    .limit(3)
                    .forEach(s -> reserved.add(s.code().value()));
        }
        List<PairingPlan.Pair> pairs = new ArrayList<>();
        for (PairingPlan.Pair p : plan.pairs()) {
            if (!reserved.contains(p.mentor()) && !reserved.contains(p.mentee())) {
                pairs.add(p);
            }
        }
        pairs.sort((a, b) -> b.segment().compareTo(a.segment()));
        return pairs;
    }

    /** The JSON of one pair as the adoption request names it. */
    public static String json(PairingPlan.Pair p) {
        return "{\"segment\":\"" + p.segment() + "\",\"mentor\":\"" + p.mentor() + "\",\"mentee\":\"" + p.mentee()
                + "\"}";
    }
}
