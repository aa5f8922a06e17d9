package org.edubalance.planning.investment;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;
import org.jspecify.annotations.Nullable;

/**
 * Phasing by year as one time-indexed MIP on HiGHS (docs/planning/investment.md §10): integer steps of every action
 * for every school (teacher actions per segment) in every phase year; each year's steps cost at most that year's
 * budget; the amounts bought in year t and before drive, for every school segment, a binary "compliant in year t" and
 * its binaries "this indicator may stay between the floor and the standard in year t" (at most {@code n − minMet}); the
 * backbone-training cap holds for the teachers trained over all the years. {@link #mostCompliant} maximises the
 * compliant school-segment-years; {@link #cheapestReaching} then fixes that count and minimises the cost.
 */
final class PhasedInvestmentModel implements AutoCloseable {
    /** Half the evaluation's tolerance, as in {@link SchoolOptions}. */
    private static final double SLACK = 0.5e-9;

    private final MipSolver solver = MipSolver.of(MipSolver.Backend.HIGHS);
    private final List<Integer> years;
    private final List<Buy> buys = new ArrayList<>();
    private final List<MPVariable> compliant = new ArrayList<>();
    private long[] solution = new long[0];

    private record Term(MPVariable steps, long step) {}

    private record Buy(
            MPVariable steps,
            InvestmentAction action,
            String school,
            @Nullable Segment segment,
            int year) {}

    PhasedInvestmentModel(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            List<SchoolYear> schools,
            List<Integer> years,
            List<Double> budgets) {
        this.years = List.copyOf(years);
        MPSolver model = solver.model();
        List<MPConstraint> spending = new ArrayList<>();
        for (double budget : budgets) {
            spending.add(model.makeConstraint(Double.NEGATIVE_INFINITY, budget, ""));
        }
        SegmentSplitter splitter = new SegmentSplitter(standard.split());
        var rule = standard.schoolRule();
        for (SchoolYear school : schools) {
            // bought[t][k]: the terms of kind k bought in year t for the whole school (teacher kinds: empty here).
            List<List<List<Term>>> shared = new ArrayList<>();
            for (int t = 0; t < years.size(); t++) {
                List<List<Term>> byKind = new ArrayList<>();
                for (InvestmentKind k : InvestmentKind.values()) {
                    byKind.add(
                            k.perSegment() || !covers.containsKey(k)
                                    ? List.of()
                                    : terms(covers.get(k), school, null, t, spending.get(t), budgets.get(t)));
                }
                shared.add(byKind);
            }
            for (SegmentPart part : splitter.split(school)) {
                List<List<List<Term>>> own = new ArrayList<>();
                for (int t = 0; t < years.size(); t++) {
                    List<List<Term>> byKind = new ArrayList<>();
                    for (InvestmentKind k : InvestmentKind.values()) {
                        byKind.add(
                                !k.perSegment()
                                        ? shared.get(t).get(k.ordinal())
                                        : covers.containsKey(k)
                                                ? terms(
                                                        covers.get(k),
                                                        school,
                                                        part.segment(),
                                                        t,
                                                        spending.get(t),
                                                        budgets.get(t))
                                                : List.of());
                    }
                    own.add(byKind);
                }
                var f = school.segment(part.segment());
                MPConstraint cap = model.makeConstraint(0, Math.max(0, f.teachers() - f.backboneTeachers()), "");
                for (List<List<Term>> byKind : own) {
                    byKind.get(InvestmentKind.TRAIN_BACKBONE_TEACHER.ordinal())
                            .forEach(term -> cap.setCoefficient(term.steps(), term.step()));
                }
                MPVariable earlier = null;
                for (int t = 0; t < years.size(); t++) {
                    MPVariable y = model.makeBoolVar("");
                    compliant.add(y);
                    if (earlier != null) {
                        // Compliant stays compliant: nothing bought is taken away (implied at the optimum; it helps).
                        MPConstraint monotone = model.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                        monotone.setCoefficient(y, 1);
                        monotone.setCoefficient(earlier, -1);
                    }
                    earlier = y;
                    int rated = 0;
                    List<MPVariable> relaxed = new ArrayList<>();
                    for (IndicatorDefinition ind : standard.indicators()) {
                        double threshold = ind.thresholdOrNaN(part.segment());
                        if (Double.isNaN(threshold)) {
                            continue;
                        }
                        rated++;
                        double required = threshold * part.students() / ind.per();
                        double shortfall = required * (1 - SLACK) - SchoolEvaluator.numerator(ind, part);
                        if (shortfall <= 0) {
                            continue;
                        }
                        // Σ_{s≤t} share·amount_s + (1 − floor)·required·z ≥ shortfall·y: void when y = 0.
                        MPVariable z = model.makeBoolVar("");
                        relaxed.add(z);
                        MPConstraint reach = model.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                        reach.setCoefficient(z, (1 - rule.floorRatio()) * required);
                        reach.setCoefficient(y, -shortfall);
                        var kind = InvestmentKind.ofIndicator(ind.id());
                        if (kind.isPresent()) {
                            double share = kind.get().perSegment() ? 1 : part.assetShare();
                            for (int s = 0; s <= t; s++) {
                                own.get(s)
                                        .get(kind.get().ordinal())
                                        .forEach(term -> reach.setCoefficient(term.steps(), share * term.step()));
                            }
                        }
                    }
                    MPConstraint few = model.makeConstraint(0, Math.max(0, rated - rule.minMet()), "");
                    relaxed.forEach(z -> few.setCoefficient(z, 1));
                }
            }
        }
    }

    private List<Term> terms(
            Cover cover, SchoolYear school, @Nullable Segment segment, int t, MPConstraint spending, double budget) {
        List<Term> terms = new ArrayList<>();
        for (InvestmentAction a : cover.actions()) {
            // No year can buy more steps than its budget pays for: a tighter box for the solver.
            double most = a.stepCost() > 0 ? Math.floor(budget / a.stepCost() + 1e-9) : 1e9 / a.step();
            MPVariable n = solver.model().makeIntVar(0, Math.min(most, 1e9 / a.step()), "");
            spending.setCoefficient(n, a.stepCost());
            terms.add(new Term(n, a.step()));
            buys.add(new Buy(n, a, school.code().value(), segment, t));
        }
        return terms;
    }

    /** Maximises the compliant school-segment-years within {@code limit}; the plan is kept for {@link #actions}. */
    MipResult mostCompliant(Duration limit) {
        var objective = solver.model().objective();
        objective.clear();
        compliant.forEach(y -> objective.setCoefficient(y, 1));
        objective.setMaximization();
        return keep(solver.solve(limit, 1, Double.NaN));
    }

    /**
     * Fixes at least {@code count} compliant school-segment-years and minimises the total cost within {@code limit};
     * without a plan found the last one is kept.
     */
    MipResult cheapestReaching(long count, Duration limit) {
        MPConstraint reach = solver.model().makeConstraint(count, Double.POSITIVE_INFINITY, "");
        compliant.forEach(y -> reach.setCoefficient(y, 1));
        var objective = solver.model().objective();
        objective.clear();
        buys.forEach(b -> objective.setCoefficient(b.steps(), b.action().stepCost()));
        objective.setMinimization();
        return keep(solver.solve(limit, 1, Double.NaN));
    }

    private MipResult keep(MipResult result) {
        if (result.found()) {
            solution = new long[buys.size()];
            for (int i = 0; i < buys.size(); i++) {
                solution[i] = Math.round(buys.get(i).steps().solutionValue());
            }
        }
        return result;
    }

    /** The actions of the plan kept, each with its phase year. */
    List<PhasedAction> actions() {
        List<PhasedAction> list = new ArrayList<>();
        for (int i = 0; i < solution.length; i++) {
            Buy b = buys.get(i);
            if (solution[i] > 0) {
                long amount = solution[i] * b.action().step();
                list.add(new PhasedAction(
                        years.get(b.year()),
                        new PlannedAction(
                                b.school(),
                                b.segment(),
                                b.action().name(),
                                b.action().kind(),
                                amount,
                                amount * b.action().unitCostYuan())));
            }
        }
        return list;
    }

    @Override
    public void close() {
        solver.close();
    }
}
