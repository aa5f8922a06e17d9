package org.edubalance.planning.funding;

import java.util.List;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.jspecify.annotations.Nullable;

/**
 * The funding formula applied to the public schools of one data year (docs/planning/funding.md §4). Money in yuan a
 * year, unrounded.
 *
 * @param year the data year
 * @param policy the policy's id
 * @param schools every public school, by county code then school code (private schools are absent)
 * @param counties every county with a public school, by code
 */
public record FundingPlan(int year, String policy, List<SchoolFunding> schools, List<CountyFunding> counties) {

    public FundingPlan {
        schools = List.copyOf(schools);
        counties = List.copyOf(counties);
    }

    /**
     * One public school under the formula.
     *
     * @param code the school code
     * @param countyCode the county's code
     * @param name the school's name
     * @param type the school type
     * @param location urban, town or rural
     * @param students primary + junior students
     * @param allocation the formula's allocation (scaled to the budget when the policy has one)
     * @param perStudent allocation ÷ students; {@code null} when the school has no students
     * @param current the school's current public funds ({@code public_funds_yuan}); {@code null} when not given
     * @param difference allocation − current; {@code null} when current is not given
     */
    public record SchoolFunding(
            String code,
            String countyCode,
            String name,
            SchoolType type,
            Location location,
            int students,
            double allocation,
            @Nullable Double perStudent,
            @Nullable Double current,
            @Nullable Double difference) {}

    /**
     * One county's figures.
     *
     * @param code the county's code
     * @param schools the county's public schools
     * @param total Σ allocations of its public schools
     * @param cvCurrent the enrolment-weighted CV of current funds per student; {@code null} when undefined
     * @param cvFormula the same of the allocations; {@code null} when undefined
     * @param ratioCurrent each location's pooled current funds per student ÷ the rural one; values {@code null} when
     *     undefined (no rural figure, or no students at the location)
     * @param ratioFormula the same of the allocations
     * @param pools each location's pooled figures, behind the ratios and the chart
     */
    public record CountyFunding(
            String code,
            int schools,
            double total,
            @Nullable Double cvCurrent,
            @Nullable Double cvFormula,
            Map<Location, @Nullable Double> ratioCurrent,
            Map<Location, @Nullable Double> ratioFormula,
            Map<Location, LocationPool> pools) {}

    /**
     * The pooled figures of one location of a county, over its public schools other than special-education schools.
     *
     * @param students their students
     * @param formula their allocations
     * @param studentsWithCurrent the students of those whose current funds are given
     * @param current the current funds of those
     */
    public record LocationPool(long students, double formula, long studentsWithCurrent, double current) {
        /** Pooled allocations per student; NaN without students. */
        public double formulaPerStudent() {
            return students == 0 ? Double.NaN : formula / students;
        }

        /** Pooled current funds per student; NaN without students whose current funds are given. */
        public double currentPerStudent() {
            return studentsWithCurrent == 0 ? Double.NaN : current / studentsWithCurrent;
        }
    }
}
