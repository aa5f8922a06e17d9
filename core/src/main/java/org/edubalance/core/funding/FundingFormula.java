package org.edubalance.core.funding;

import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SupplementaryFigures;

/**
 * The per-student public funds formula (docs/planning/funding.md §3): what one school is allocated under a policy, in
 * yuan a year, unrounded. Every independent implementation must reproduce these doubles bit for bit, so the order of
 * the operations below is part of the contract.
 *
 * <p>For a public school that is not a special-education school, with {@code n = primary + junior} students:
 *
 * <pre>
 * base = perStudent[PRIMARY] × primary + perStudent[JUNIOR] × junior
 * if (location = RURAL or type = TEACHING_POINT) and 0 &lt; n &lt; smallSchoolFloor:
 *     base = base × smallSchoolFloor / n
 * allocation = (base + boarderExtra × boarding + specialEducationPerStudent × disabled) × locationFactor[location]
 * </pre>
 *
 * <p>A special-education school gets {@code specialEducationPerStudent × n} (no location factor, no boarder extra).
 * Private schools get nothing and are not funded at all: {@link #allocation} refuses them. Senior-high students of
 * twelve-year and complete secondary schools are outside the formula. A blank {@code boarding_students} or {@code
 * disabled_students} counts as 0 (the column says how many there are; blank means none were reported).
 *
 * <p>With a budget, {@link #scale} multiplies every allocation of a county by {@code budget / Σ allocations}.
 */
public final class FundingFormula {
    private FundingFormula() {}

    /**
     * The unscaled allocation of {@code school}, yuan.
     *
     * @throws IllegalArgumentException when the school is private
     */
    public static double allocation(FundingPolicy policy, SchoolYear school) {
        if (school.ownership() != Ownership.PUBLIC) {
            throw new IllegalArgumentException("Private school " + school.code().value() + " gets no public funds");
        }
        int n = school.compulsoryStudents();
        if (school.type() == SchoolType.SPECIAL_EDUCATION) {
            return policy.specialEducationPerStudent() * n;
        }
        double base = base(policy.perStudent(Segment.PRIMARY), policy.perStudent(Segment.JUNIOR), school);
        if (floorApplies(school, policy.smallSchoolFloor())) {
            base = floored(base, policy.smallSchoolFloor(), n);
        }
        SupplementaryFigures more = school.supplementary();
        int boarders = more.boardingStudents() == null ? 0 : more.boardingStudents();
        int disabled = more.disabledStudents() == null ? 0 : more.disabledStudents();
        return (base + policy.boarderExtra() * boarders + policy.specialEducationPerStudent() * disabled)
                * policy.locationFactor(school.location());
    }

    /** Whether the small-school floor can apply: rural schools and teaching points. */
    public static boolean hasFloor(SchoolYear school) {
        return school.location() == Location.RURAL || school.type() == SchoolType.TEACHING_POINT;
    }

    /**
     * Whether {@code school} is funded as {@code floor} students: a rural school or teaching point with {@code 0 < n <
     * floor}. The 2017 standard's item {@code gov_small_school_funds} (村小学和教学点不足100名学生的按100名学生核定)
     * checks the same schools ({@code ItemEvaluator}), so the formula and the item never disagree on whom the floor
     * covers; a school without students has no per-student amount to raise.
     */
    public static boolean floorApplies(SchoolYear school, double floor) {
        int n = school.compulsoryStudents();
        return hasFloor(school) && n > 0 && n < floor;
    }

    /** {@code perPrimary × primary + perJunior × junior}: the per-student amounts over the school's students. */
    public static double base(double perPrimary, double perJunior, SchoolYear school) {
        return perPrimary * school.primary().students()
                + perJunior * school.junior().students();
    }

    /**
     * {@code base} raised to {@code floor} students: {@code base × floor / n}, multiplied first, so the formula and the
     * 2017 item's check get the same bits.
     */
    public static double floored(double base, double floor, int students) {
        return base * floor / students;
    }

    /**
     * The allocations of one county scaled to {@code budget}: each {@code allocation × budget / Σ allocations}, the sum
     * taken in the given order. When every allocation is 0 there is nothing to scale and the zeros are returned.
     *
     * @param allocations the unscaled allocations of every public school of the county, in school-code order
     * @param budget the county's budget, yuan (≥ 0)
     * @return a new array; its sum equals {@code budget} up to the rounding of doubles
     */
    public static double[] scale(double[] allocations, double budget) {
        double sum = 0.0;
        for (double a : allocations) {
            sum += a;
        }
        double[] scaled = new double[allocations.length];
        if (sum == 0.0) {
            return scaled;
        }
        for (int i = 0; i < allocations.length; i++) {
            scaled[i] = allocations[i] * budget / sum;
        }
        return scaled;
    }
}
