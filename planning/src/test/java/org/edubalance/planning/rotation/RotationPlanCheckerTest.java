package org.edubalance.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.Eligibility;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.Reason;
import org.junit.jupiter.api.Test;

/** The checker is tested on hand-made plans, without any solver: each broken rule must be caught. */
class RotationPlanCheckerTest {
    private static final RotationPolicy POLICY = RotationMipPlannerIT.policy(15, Direction.ANY, 0.002);
    private final RotationPlanChecker checker = new RotationPlanChecker(POLICY);

    @Test
    void anEmptyPlanBreaksTheQuotaButNothingElseAndKeepsTheCvs() {
        PlanCheck check = check(List.of());

        assertThat(check.violations()).isEmpty();
        assertThat(check.checks())
                .filteredOn(c -> !c.passed())
                .extracting(PolicyCheck::rule)
                .singleElement()
                .isEqualTo(Reason.of("movers-min-share", "share", 10.0, "eligible", check.eligible()));
        assertThat(check.cvAfter()).isEqualTo(check.cvBefore());
    }

    @Test
    void catchesAnIneligibleTeacherATooLongCommuteAndATeacherMovedTwice() {
        var eligibility = new Eligibility(POLICY);
        Teacher ineligible = RotationMipPlannerIT.ROSTER.stream()
                .filter(t -> !eligibility.isEligible(t))
                .findFirst()
                .orElseThrow();
        Teacher eligible = RotationMipPlannerIT.ROSTER.stream()
                .filter(eligibility::isEligible)
                .findFirst()
                .orElseThrow();
        SchoolYear far = farthestSchoolWithSegment(eligible);
        SchoolYear other = otherSchoolWithSegment(ineligible);
        List<Move> moves = new ArrayList<>();
        moves.add(move(ineligible, other.code()));
        moves.add(move(eligible, far.code()));
        moves.add(move(eligible, far.code()));

        PlanCheck check = check(moves);

        assertThat(check.isValid()).isFalse();
        assertThat(check.violations())
                .anySatisfy(v -> {
                    assertThat(v.code()).startsWith("not-eligible-");
                    assertThat(v.params())
                            .containsEntry("teacher", ineligible.id().value());
                })
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo("commute-too-long");
                    assertThat(v.params())
                            .containsEntry("teacher", eligible.id().value());
                    assertThat((double) v.params().get("km")).isGreaterThan(POLICY.maxCommuteKm());
                })
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo("moved-twice");
                    assertThat(v.params())
                            .containsEntry("teacher", eligible.id().value());
                });
    }

    @Test
    void theTwoDistanceFormulasAgreeToAMetre() {
        GeoPoint a = new GeoPoint(36.651, 117.12);
        GeoPoint b = new GeoPoint(36.70, 117.31);

        assertThat(RotationPlanChecker.kilometres(a, b))
                .isCloseTo(RotationProblemFactory.distanceKm(a, b), org.assertj.core.data.Offset.offset(0.001));
    }

    private static PlanCheck check(List<Move> moves) {
        return new RotationPlanChecker(POLICY)
                .check(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        moves,
                        Map.of(),
                        Map.of());
    }

    private static Move move(Teacher t, SchoolCode to) {
        return new Move(t.id(), t.school(), to, t.segment(), t.subject(), 0, List.of());
    }

    private static SchoolYear otherSchoolWithSegment(Teacher t) {
        return RotationMipPlannerIT.SCHOOLS.stream()
                .filter(s ->
                        !s.code().equals(t.school()) && s.segment(t.segment()).students() > 0)
                .findFirst()
                .orElseThrow();
    }

    private static SchoolYear farthestSchoolWithSegment(Teacher t) {
        GeoPoint origin = t.home() != null
                ? t.home()
                : RotationMipPlannerIT.SCHOOLS.stream()
                        .filter(s -> s.code().equals(t.school()))
                        .findFirst()
                        .orElseThrow()
                        .position();
        return RotationMipPlannerIT.SCHOOLS.stream()
                .filter(s ->
                        !s.code().equals(t.school()) && s.segment(t.segment()).students() > 0 && s.position() != null)
                .max(java.util.Comparator.comparingDouble(s -> RotationPlanChecker.kilometres(origin, s.position())))
                .orElseThrow();
    }
}
