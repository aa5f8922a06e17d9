package org.edubalance.planning.groups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.admission.HomeDistance;
import org.jspecify.annotations.Nullable;

/** School segments whose seven ratios all equal a given strength, placed by km east and north of 36°N 120°E. */
final class GroupFixtures {
    static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");
    static final double LAT = 36.0;
    static final double LON = 120.0;
    /** Degrees per km east and north at 36°N. */
    static final double EAST = 1 / (111.195 * Math.cos(Math.toRadians(LAT)));

    static final double NORTH = 1 / 111.195;

    private GroupFixtures() {}

    static GroupPlanner planner(GroupPolicy policy) {
        return new GroupPlanner(policy, Duration.ofSeconds(30));
    }

    static GeoPoint point(double[] kmEastNorth) {
        return new GeoPoint(LAT + kmEastNorth[1] * NORTH, LON + kmEastNorth[0] * EAST);
    }

    static long metres(double fromKm, double toKm) {
        return Math.round(HomeDistance.km(point(new double[] {fromKm, 0}), point(new double[] {toKm, 0})) * 1000);
    }

    static Evaluation evaluation(List<SchoolEvaluation> schools) {
        return new Evaluation(STANDARD, SchoolFixtures.YEAR, List.of(), schools, List.of());
    }

    static SchoolEvaluation segment(String code, double kmEast, double kmNorth, double strength) {
        return segment(code, SchoolType.PRIMARY, Ownership.PUBLIC, strength, point(new double[] {kmEast, kmNorth}));
    }

    static SchoolEvaluation segment(
            String code, SchoolType type, Ownership ownership, @Nullable Double kmEast, double strength) {
        return segment(code, type, ownership, strength, kmEast == null ? null : point(new double[] {kmEast, 0}));
    }

    /** A primary segment at {@code at} (none when null) whose seven ratios all equal {@code strength}. */
    static SchoolEvaluation segment(
            String code, SchoolType type, Ownership ownership, double strength, @Nullable GeoPoint at) {
        SchoolYear school = new SchoolYear(
                SchoolFixtures.YEAR,
                SchoolFixtures.COUNTY,
                "城关镇",
                new SchoolCode(code),
                "学校" + code,
                type,
                Location.RURAL,
                ownership,
                at,
                SchoolFixtures.segment(400, 10, 30),
                SegmentFigures.NONE,
                0,
                new SharedAssets(0, 0, 0, 0, 0, 0, 0),
                SupplementaryFigures.NONE);
        var part = new SegmentSplitter(STANDARD.split()).split(school).getFirst();
        List<IndicatorScore> scores = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            scores.add(new IndicatorScore("i" + k, strength * 10, 10, strength, strength >= 1));
        }
        return new SchoolEvaluation(part, Collections.unmodifiableList(scores), 7, true);
    }
}
