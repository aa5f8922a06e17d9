package org.edubalance.planning.funding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.funding.FundingFormula;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlan.LocationPool;
import org.edubalance.planning.funding.FundingPlan.SchoolFunding;
import org.edubalance.statistics.inequality.CoefficientOfVariation;
import org.jspecify.annotations.Nullable;

/**
 * Applies a funding policy to the public schools of one data year, county by county (docs/planning/funding.md §4).
 *
 * <p>The budget, when the policy has one, is a county's: each county's allocations are scaled so that its total equals
 * it. The county CV is the official enrolment-weighted 差异系数 of the statistics module ({@link
 * CoefficientOfVariation#weighted}) over the public schools other than special-education schools, x = funds ÷
 * students, weight = students (schools without students and, for the current CV, schools without current funds
 * weigh 0). The ratio of a location is its pooled funds ÷ pooled students divided by the rural figure; when a county
 * has no rural school with students (or the rural figure is 0) every ratio is {@code null}, as is the ratio of a
 * location without students.
 */
public final class FundingPlanner {
    private final FundingPolicy policy;

    /** A planner applying {@code policy}. */
    public FundingPlanner(FundingPolicy policy) {
        this.policy = policy;
    }

    /**
     * The plan of {@code schools}: the rows of one data year (other years are refused), any counties; private schools
     * are skipped.
     *
     * @throws IllegalArgumentException when the rows are of more than one year
     */
    public FundingPlan plan(int year, List<SchoolYear> schools) {
        TreeMap<String, List<SchoolYear>> byCounty = new TreeMap<>();
        for (SchoolYear school : schools) {
            if (school.year() != year) {
                throw new IllegalArgumentException(
                        "School " + school.code().value() + " is of year " + school.year() + ", not " + year);
            }
            if (school.ownership() == Ownership.PUBLIC) {
                byCounty.computeIfAbsent(school.county().code().value(), c -> new ArrayList<>())
                        .add(school);
            }
        }
        List<SchoolFunding> rows = new ArrayList<>();
        List<CountyFunding> counties = new ArrayList<>();
        byCounty.forEach((county, list) -> {
            list.sort(Comparator.comparing(s -> s.code().value()));
            List<SchoolFunding> countyRows = county(county, list);
            rows.addAll(countyRows);
            counties.add(summary(county, countyRows));
        });
        return new FundingPlan(year, policy.id(), rows, counties);
    }

    private List<SchoolFunding> county(String county, List<SchoolYear> schools) {
        double[] allocations = new double[schools.size()];
        for (int i = 0; i < allocations.length; i++) {
            allocations[i] = FundingFormula.allocation(policy, schools.get(i));
        }
        if (policy.budget() != null) {
            allocations = FundingFormula.scale(allocations, policy.budget());
        }
        List<SchoolFunding> rows = new ArrayList<>();
        for (int i = 0; i < allocations.length; i++) {
            SchoolYear s = schools.get(i);
            int students = s.compulsoryStudents();
            double allocation = allocations[i];
            Double current = s.supplementary().publicFundsYuan();
            rows.add(new SchoolFunding(
                    s.code().value(),
                    county,
                    s.name(),
                    s.type(),
                    s.location(),
                    students,
                    allocation,
                    students == 0 ? null : allocation / students,
                    current,
                    current == null ? null : allocation - current));
        }
        return rows;
    }

    private static CountyFunding summary(String county, List<SchoolFunding> rows) {
        List<SchoolFunding> scope = rows.stream()
                .filter(r -> r.type() != SchoolType.SPECIAL_EDUCATION)
                .toList();
        int n = scope.size();
        double[] formula = new double[n];
        double[] current = new double[n];
        double[] weights = new double[n];
        double[] currentWeights = new double[n];
        EnumMap<Location, long[]> students = new EnumMap<>(Location.class);
        EnumMap<Location, double[]> funds = new EnumMap<>(Location.class);
        for (Location l : Location.values()) {
            students.put(l, new long[2]);
            funds.put(l, new double[2]);
        }
        double total = 0.0;
        for (SchoolFunding r : rows) {
            total += r.allocation();
        }
        for (int i = 0; i < n; i++) {
            SchoolFunding r = scope.get(i);
            boolean counted = r.students() > 0;
            boolean known = counted && r.current() != null;
            weights[i] = counted ? r.students() : 0;
            formula[i] = counted ? r.allocation() / r.students() : 0.0;
            currentWeights[i] = known ? r.students() : 0;
            current[i] = known ? r.current() / r.students() : 0.0;
            students.get(r.location())[0] += r.students();
            funds.get(r.location())[0] += r.allocation();
            if (r.current() != null) {
                students.get(r.location())[1] += r.students();
                funds.get(r.location())[1] += r.current();
            }
        }
        EnumMap<Location, LocationPool> pools = new EnumMap<>(Location.class);
        for (Location l : Location.values()) {
            pools.put(l, new LocationPool(students.get(l)[0], funds.get(l)[0], students.get(l)[1], funds.get(l)[1]));
        }
        return new CountyFunding(
                county,
                rows.size(),
                total,
                finite(CoefficientOfVariation.weighted(current, currentWeights, n)),
                finite(CoefficientOfVariation.weighted(formula, weights, n)),
                ratios(pools, LocationPool::currentPerStudent),
                ratios(pools, LocationPool::formulaPerStudent),
                Collections.unmodifiableMap(pools));
    }

    private static Map<Location, @Nullable Double> ratios(
            Map<Location, LocationPool> pools, java.util.function.ToDoubleFunction<LocationPool> perStudent) {
        double rural = perStudent.applyAsDouble(pools.get(Location.RURAL));
        EnumMap<Location, @Nullable Double> ratios = new EnumMap<>(Location.class);
        for (Location l : Location.values()) {
            double ratio = perStudent.applyAsDouble(pools.get(l)) / rural;
            ratios.put(l, rural > 0 ? finite(ratio) : null);
        }
        return Collections.unmodifiableMap(ratios);
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
