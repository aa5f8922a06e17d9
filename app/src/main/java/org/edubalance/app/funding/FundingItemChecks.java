package org.edubalance.app.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.ItemEvaluator;
import org.edubalance.core.funding.FundingFormula;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.AssessmentItem;
import org.edubalance.core.standard.Condition;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlan.SchoolFunding;
import org.springframework.stereotype.Component;

/**
 * Judges the 2017 funding items with the evaluation engine itself ({@link ItemEvaluator}), so the page says what the
 * county's evaluation says: once over the school rows as stored (current funds, the county's reported
 * special-education figure) and once with each public school's {@code public_funds_yuan} replaced by its allocation
 * and the special-education figure by the special-education schools' pooled allocation per student. The floor both use
 * is {@link FundingFormula#floorApplies} and {@link FundingFormula#floored}.
 */
@Component
final class FundingItemChecks {
    static final String SMALL_SCHOOL = "gov_small_school_funds";
    static final String SPECIAL_EDUCATION = "gov_special_ed_funds";
    private static final String STANDARD = "cn-2017-quality";

    private final CountyInputStore countyInputs;
    private final AssessmentItem smallSchool;
    private final AssessmentItem specialEducation;

    FundingItemChecks(CountyInputStore countyInputs) {
        this.countyInputs = countyInputs;
        List<AssessmentItem> items = StandardCatalogue.shipped(STANDARD).items();
        this.smallSchool = item(items, SMALL_SCHOOL);
        this.specialEducation = item(items, SPECIAL_EDUCATION);
    }

    /** Both items for {@code county}'s public schools of the plan's year, current and under {@code plan}. */
    FundingItems check(RegionCode county, List<SchoolYear> schools, FundingPlan plan, Locale locale) {
        Map<String, SchoolFunding> funded = new HashMap<>();
        plan.schools().forEach(s -> funded.put(s.code(), s));
        List<SchoolYear> current =
                schools.stream().filter(s -> s.ownership() == Ownership.PUBLIC).toList();
        List<SchoolYear> formula = current.stream()
                .map(s -> withFunds(s, funded.get(s.code().value()).allocation()))
                .toList();
        CountyInputs reported =
                countyInputs.ofYear(plan.year()).getOrDefault(county, CountyInputs.none(county, plan.year()));
        return new FundingItems(
                smallSchool(current, formula, reported, funded, locale),
                specialEducation(current, reported, funded, locale));
    }

    private FundingItems.Check smallSchool(
            List<SchoolYear> current,
            List<SchoolYear> formula,
            CountyInputs reported,
            Map<String, SchoolFunding> funded,
            Locale locale) {
        Condition.SchoolCheck check =
                (Condition.SchoolCheck) smallSchool.conditions().getFirst();
        double floor = check.parameter("headcountFloor");
        List<FundingItems.SchoolLine> lines = new ArrayList<>();
        for (SchoolYear s : current) {
            if (FundingFormula.floorApplies(s, floor)) {
                double required = FundingFormula.floored(
                        FundingFormula.base(
                                check.parameter("primaryBenchmarkYuan"), check.parameter("juniorBenchmarkYuan"), s),
                        floor,
                        s.compulsoryStudents());
                lines.add(line(s, required, funded));
            }
        }
        return new FundingItems.Check(
                smallSchool.id(),
                smallSchool.name().in(locale),
                new ItemEvaluator(reported, current).evaluate(smallSchool).status(),
                new ItemEvaluator(reported, formula).evaluate(smallSchool).status(),
                null,
                null,
                lines);
    }

    private FundingItems.Check specialEducation(
            List<SchoolYear> current, CountyInputs reported, Map<String, SchoolFunding> funded, Locale locale) {
        Condition.InputAtLeast atLeast =
                (Condition.InputAtLeast) specialEducation.conditions().getFirst();
        List<FundingItems.SchoolLine> lines = new ArrayList<>();
        long students = 0;
        double allocated = 0;
        for (SchoolYear s : current) {
            if (s.type() == SchoolType.SPECIAL_EDUCATION) {
                lines.add(line(s, atLeast.min() * s.compulsoryStudents(), funded));
                students += s.compulsoryStudents();
                allocated += funded.get(s.code().value()).allocation();
            }
        }
        // Under the formula the county's figure is what its special-education schools are allocated per student;
        // without such a school (or students) there is no figure, and the engine says MISSING, as it does today.
        Double formulaFigure = students == 0 ? null : allocated / students;
        Map<String, CountyInput> inputs = new HashMap<>(reported.inputByName());
        inputs.remove(atLeast.input());
        if (formulaFigure != null) {
            inputs.put(atLeast.input(), new CountyInput(atLeast.input(), Double.toString(formulaFigure), "formula"));
        }
        CountyInputs underFormula = new CountyInputs(reported.county(), reported.year(), inputs);
        CountyInput today = reported.input(atLeast.input()).orElse(null);
        return new FundingItems.Check(
                specialEducation.id(),
                specialEducation.name().in(locale),
                new ItemEvaluator(reported, current).evaluate(specialEducation).status(),
                new ItemEvaluator(underFormula, current)
                        .evaluate(specialEducation)
                        .status(),
                today == null || today.number().isEmpty()
                        ? null
                        : today.number().getAsDouble(),
                formulaFigure,
                lines);
    }

    private static FundingItems.SchoolLine line(SchoolYear s, double required, Map<String, SchoolFunding> funded) {
        return new FundingItems.SchoolLine(
                s.code().value(),
                s.name(),
                s.compulsoryStudents(),
                required,
                s.supplementary().publicFundsYuan(),
                funded.get(s.code().value()).allocation());
    }

    private static SchoolYear withFunds(SchoolYear s, double funds) {
        SupplementaryFigures f = s.supplementary();
        return s.withSupplementary(new SupplementaryFigures(
                f.maxClassSize(),
                f.classes56Plus(),
                f.musicRooms(),
                f.artRooms(),
                f.boardingStudents(),
                f.migrantStudents(),
                f.leftBehindStudents(),
                f.disabledStudents(),
                funds,
                f.trainingFundsYuan(),
                f.certifiedTeachers()));
    }

    private static AssessmentItem item(List<AssessmentItem> items, String id) {
        return items.stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The " + STANDARD + " pack has no item " + id));
    }
}
