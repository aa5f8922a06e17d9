package org.edubalance.report.equity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.GapAnalyzer;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;

/**
 * A small county evaluated by the real core: a primary school, a junior school, the nine-year school of the split
 * example (docs/standards.md §3.5: 166 primary and 210 junior students sharing 23,226 books), a teaching point and a
 * special-education school (out of scope).
 */
public final class EvaluationFixtures {
    public static final int YEAR = 2025;
    public static final County COUNTY = new County(new RegionCode("130199"), "测试县", "测试市", "测试省");
    public static final String PRIMARY = "1301990001";
    public static final String JUNIOR = "1301990002";
    public static final String NINE_YEAR = "1301990003";
    public static final String TEACHING_POINT = "1301990004";
    public static final String SPECIAL = "1301990005";

    private EvaluationFixtures() {}

    public static List<SchoolYear> schools() {
        return List.of(
                school(
                        PRIMARY,
                        "城关第一小学",
                        SchoolType.PRIMARY,
                        Location.URBAN,
                        new SegmentFigures(600, 12, 35, 30, 20, 7, 6),
                        SegmentFigures.NONE,
                        new SharedAssets(3000, 300, 5000, 1_300_000, 14, 60, 18_000)),
                school(
                        JUNIOR,
                        "城关中学",
                        SchoolType.JUNIOR,
                        Location.URBAN,
                        SegmentFigures.NONE,
                        new SegmentFigures(450, 9, 40, 30, 25, 5, 5),
                        new SharedAssets(3000, 400, 5000, 1_200_000, 11, 50, 20_000)),
                school(
                        NINE_YEAR,
                        "柳镇九年一贯制学校",
                        SchoolType.NINE_YEAR,
                        Location.TOWN,
                        new SegmentFigures(166, 6, 12, 9, 6, 1, 1),
                        new SegmentFigures(210, 6, 17, 12, 9, 2, 2),
                        new SharedAssets(2100, 150, 3300, 700_000, 8, 30, 23_226)),
                school(
                        TEACHING_POINT,
                        "河湾教学点",
                        SchoolType.TEACHING_POINT,
                        Location.RURAL,
                        new SegmentFigures(61, 3, 4, 2, 1, 0, 1),
                        SegmentFigures.NONE,
                        new SharedAssets(240, 0, 400, 90_000, 1, 4, 1_200)),
                school(
                        SPECIAL,
                        "县特殊教育学校",
                        SchoolType.SPECIAL_EDUCATION,
                        Location.URBAN,
                        new SegmentFigures(40, 4, 10, 9, 5, 1, 2),
                        SegmentFigures.NONE,
                        new SharedAssets(900, 100, 800, 300_000, 4, 10, 3_000)));
    }

    /** The county evaluated under the shipped pack {@code standardId}. */
    public static Evaluation evaluation(String standardId) {
        Standard standard = StandardCatalogue.shipped(standardId);
        return new YearEvaluator(standard).evaluate(schools(), YEAR, Map.of());
    }

    /** The gap analysis of every county of {@code evaluation}. */
    public static Map<RegionCode, GapAnalysis> gaps(Evaluation evaluation) {
        GapAnalyzer analyzer = new GapAnalyzer(evaluation.standard());
        Map<RegionCode, GapAnalysis> gaps = new HashMap<>();
        evaluation.counties().forEach(c -> {
            List<SchoolEvaluation> schools = evaluation.schools().stream()
                    .filter(s -> s.school().county().code().equals(c.county().code()))
                    .toList();
            gaps.put(c.county().code(), analyzer.analyze(c.county(), schools));
        });
        return gaps;
    }

    /** The part of school {@code code} in {@code segment}. */
    public static SchoolEvaluation part(Evaluation evaluation, String code, Segment segment) {
        return evaluation.schools().stream()
                .filter(s -> s.school().code().value().equals(code) && s.segment() == segment)
                .findFirst()
                .orElseThrow();
    }

    private static SchoolYear school(
            String code,
            String name,
            SchoolType type,
            Location location,
            SegmentFigures primary,
            SegmentFigures junior,
            SharedAssets assets) {
        return new SchoolYear(
                YEAR,
                COUNTY,
                "城关镇",
                new SchoolCode(code),
                name,
                type,
                location,
                Ownership.PUBLIC,
                null,
                primary,
                junior,
                0,
                assets,
                SupplementaryFigures.NONE);
    }
}
