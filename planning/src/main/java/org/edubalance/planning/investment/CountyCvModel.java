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
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;
import org.jspecify.annotations.Nullable;

/**
 * One county's plan as a MIP on HiGHS, for a county whose CV is over its limit after the per-school optimum
 * (docs/planning/investment.md §3): integer steps of every action for every school (segment), a binary per
 * school segment and indicator saying it may stay between the floor and the standard (at most {@code n − minMet} a
 * segment), the backbone-training cap, the least cost. The CV limit {@code ‖√(P/W)(x − x̄)‖ ≤ c·x̄} is a convex cone;
 * it enters as supporting hyperplanes (linear cuts) at each solution the evaluation finds over the limit, so every
 * optimum of the cut model is a proven lower bound, and the first one the evaluation accepts is the optimum.
 */
final class CountyCvModel implements AutoCloseable {
    private static final double SLACK = 0.5e-9;
    private static final double CUT_MARGIN = 1e-7;

    private final MipSolver solver = MipSolver.of(MipSolver.Backend.HIGHS);
    private final Standard standard;
    private final List<SegmentPart> parts = new ArrayList<>();
    // amount[p][k]: the added amount of kind k reaching part p, as (variable, step) terms; share applied in use.
    private final List<List<List<Term>>> amounts = new ArrayList<>();
    private final List<Buy> buys = new ArrayList<>();
    private final List<MPVariable> compliant = new ArrayList<>();

    private record Term(MPVariable steps, long step) {}

    private record Buy(MPVariable steps, InvestmentAction action, String school, Segment segment) {}

    CountyCvModel(Standard standard, Map<InvestmentKind, Cover> covers, List<SchoolYear> schools) {
        this(standard, covers, schools, null);
    }

    /**
     * With a {@code budget}: the budget problem of docs/planning/investment.md §4 as a MIP, for the benchmark's peer —
     * a 0/1 variable per school segment saying it is made compliant (its rows hold only then), the spending within
     * the budget, and last a row counting the compliant segments.
     */
    CountyCvModel(
            Standard standard, Map<InvestmentKind, Cover> covers, List<SchoolYear> schools, @Nullable Double budget) {
        this.standard = standard;
        MPSolver model = solver.model();
        SegmentSplitter splitter = new SegmentSplitter(standard.split());
        var rule = standard.schoolRule();
        for (SchoolYear school : schools) {
            List<SegmentPart> own = splitter.split(school);
            List<List<Term>> shared = new ArrayList<>();
            for (InvestmentKind k : InvestmentKind.values()) {
                shared.add(k.perSegment() || !covers.containsKey(k) ? List.of() : terms(covers.get(k), school, null));
            }
            for (SegmentPart part : own) {
                List<List<Term>> byKind = new ArrayList<>();
                for (InvestmentKind k : InvestmentKind.values()) {
                    byKind.add(
                            !k.perSegment()
                                    ? shared.get(k.ordinal())
                                    : covers.containsKey(k) ? terms(covers.get(k), school, part.segment()) : List.of());
                }
                var f = school.segment(part.segment());
                List<Term> trained = byKind.get(InvestmentKind.TRAIN_BACKBONE_TEACHER.ordinal());
                MPConstraint cap = model.makeConstraint(0, Math.max(0, f.teachers() - f.backboneTeachers()), "");
                trained.forEach(t -> cap.setCoefficient(t.steps(), t.step()));
                List<MPVariable> relaxed = new ArrayList<>();
                MPVariable compliant = budget == null ? null : model.makeBoolVar("");
                if (compliant != null) {
                    this.compliant.add(compliant);
                }
                for (IndicatorDefinition ind : standard.indicators()) {
                    double t = ind.thresholdOrNaN(part.segment());
                    if (Double.isNaN(t)) {
                        continue;
                    }
                    double required = t * part.students() / ind.per();
                    MPVariable z = model.makeBoolVar("");
                    relaxed.add(z);
                    var kind = InvestmentKind.ofIndicator(ind.id());
                    MPConstraint reach = model.makeConstraint(
                            required * (1 - SLACK) - SchoolEvaluator.numerator(ind, part),
                            Double.POSITIVE_INFINITY,
                            "");
                    reach.setCoefficient(z, (1 - rule.floorRatio()) * required);
                    double missing = Math.max(0, reach.lb());
                    if (compliant != null && missing > 0) {
                        // Not made compliant: the row asks nothing.
                        reach.setCoefficient(compliant, -missing);
                        reach.setLb(reach.lb() - missing);
                    }
                    if (kind.isPresent()) {
                        double share = kind.get().perSegment() ? 1 : part.assetShare();
                        byKind.get(kind.get().ordinal())
                                .forEach(term -> reach.setCoefficient(term.steps(), share * term.step()));
                    }
                }
                MPConstraint few = model.makeConstraint(0, Math.max(0, relaxed.size() - rule.minMet()), "");
                relaxed.forEach(z -> few.setCoefficient(z, 1));
                parts.add(part);
                amounts.add(byKind);
            }
        }
        model.objective().setMinimization();
        if (budget != null) {
            MPConstraint spend = model.makeConstraint(Double.NEGATIVE_INFINITY, budget, "");
            buys.forEach(b -> spend.setCoefficient(b.steps(), b.action().stepCost()));
            MPConstraint count = model.makeConstraint(0, Double.POSITIVE_INFINITY, "");
            compliant.forEach(y -> count.setCoefficient(y, 1));
        }
    }

    /**
     * The budget model as free MPS: with {@code countFirst} its objective is the most compliant segments (as the
     * least of minus their count), otherwise the least cost — the second stage, once the peer has set the last row's
     * lower bound to the count it found.
     */
    String exportBudgetMps(boolean countFirst) {
        MPSolver model = solver.model();
        for (Buy b : buys) {
            model.objective()
                    .setCoefficient(b.steps(), countFirst ? 0 : b.action().stepCost());
        }
        compliant.forEach(y -> model.objective().setCoefficient(y, countFirst ? -1 : 0));
        return exportMps();
    }

    private List<Term> terms(Cover cover, SchoolYear school, Segment segment) {
        List<Term> terms = new ArrayList<>();
        for (InvestmentAction a : cover.actions()) {
            MPVariable n = solver.model().makeIntVar(0, 1e9 / a.step(), "");
            solver.model().objective().setCoefficient(n, a.stepCost());
            terms.add(new Term(n, a.step()));
            buys.add(new Buy(n, a, school.code().value(), segment));
        }
        return terms;
    }

    /** Solves within {@code limit}; the plan read back, or empty with the result when there is none. */
    MipResult solve(Duration limit) {
        return solver.solveWithin(limit);
    }

    /** The solver's proven lower bound after the last solve (the cut model is a relaxation: a bound of the county). */
    double bestBound() {
        return solver.model().objective().bestBound();
    }

    /** The actions of the last solution. */
    List<PlannedAction> actions() {
        List<PlannedAction> list = new ArrayList<>();
        for (Buy b : buys) {
            long steps = Math.round(b.steps().solutionValue());
            if (steps > 0) {
                list.add(new PlannedAction(
                        b.school(),
                        b.segment(),
                        b.action().name(),
                        b.action().kind(),
                        steps * b.action().step(),
                        steps * b.action().step() * b.action().unitCostYuan()));
            }
        }
        return list;
    }

    /**
     * Adds a supporting hyperplane of the CV cone of {@code indicator} in {@code segment}: {@code Σ g_j √(P_j/W)(x_j −
     * x̄) ≤ c·x̄} with {@code g} the unit direction of the spread at a point on the cone's boundary (Cauchy–Schwarz
     * makes it valid for every plan within the limit). The point is where the segment from the last solution to
     * {@code inside} (a plan within the limit, or {@code null}: the last solution itself) crosses the limit, as in
     * Veinott's supporting hyperplane method, which needs far fewer rounds than cutting at the solution. False when
     * there is no spread to cut.
     */
    boolean cut(Segment segment, IndicatorDefinition indicator, @Nullable List<PlannedAction> inside) {
        return cut(segment, indicator, null, inside);
    }

    /** As {@link #cut(Segment, IndicatorDefinition, List)} from {@code outside} (null: the last solution). */
    boolean cut(
            Segment segment,
            IndicatorDefinition indicator,
            @Nullable List<PlannedAction> outside,
            @Nullable List<PlannedAction> inside) {
        InvestmentKind kind = InvestmentKind.ofIndicator(indicator.id()).orElse(null);
        if (kind == null) {
            return false;
        }
        List<Integer> in = new ArrayList<>();
        for (int j = 0; j < parts.size(); j++) {
            if (parts.get(j).segment() == segment) {
                in.add(j);
            }
        }
        int n = in.size();
        double[] from = new double[n];
        double[] to = new double[n];
        for (int i = 0; i < n; i++) {
            from[i] =
                    outside == null ? solved(in.get(i), indicator, kind) : planned(in.get(i), indicator, kind, outside);
            to[i] = inside == null ? from[i] : planned(in.get(i), indicator, kind, inside);
        }
        double c = standard.cv().limit(segment) * (1 - CUT_MARGIN);
        List<SegmentPart> inParts = in.stream().map(parts::get).toList();
        double[] k = CvCone.plane(
                inParts, indicator, c, CvCone.crossing(inParts, indicator, c, from, inside == null ? null : to));
        if (k == null) {
            return false;
        }
        // Σ a_j x_j − (Σa + c) x̄ ≤ 0, with x_j = per·num_j/P_j and x̄ = per·Σnum/W, num_j = base_j + share_j·amount_j.
        double constant = 0;
        MPConstraint cut = solver.model().makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
        for (int i = 0; i < n; i++) {
            SegmentPart p = parts.get(in.get(i));
            double coefficient = k[i];
            constant += coefficient * SchoolEvaluator.numerator(indicator, p);
            double share = kind.perSegment() ? 1 : p.assetShare();
            for (Term t : amounts.get(in.get(i)).get(kind.ordinal())) {
                cut.setCoefficient(t.steps(), cut.getCoefficient(t.steps()) + coefficient * share * t.step());
            }
        }
        cut.setUb(-constant);
        return true;
    }

    /** Part {@code j}'s numerator of {@code indicator} at the last solution. */
    private double solved(int j, IndicatorDefinition indicator, InvestmentKind kind) {
        SegmentPart p = parts.get(j);
        double added = 0;
        for (Term t : amounts.get(j).get(kind.ordinal())) {
            added += Math.round(t.steps().solutionValue()) * t.step();
        }
        return SchoolEvaluator.numerator(indicator, p) + (kind.perSegment() ? 1 : p.assetShare()) * added;
    }

    /** Part {@code j}'s numerator of {@code indicator} under {@code plan}. */
    private double planned(int j, IndicatorDefinition indicator, InvestmentKind kind, List<PlannedAction> plan) {
        SegmentPart p = parts.get(j);
        double added = 0;
        for (PlannedAction a : plan) {
            if (a.kind() == kind
                    && a.schoolCode().equals(p.school().code().value())
                    && (!kind.perSegment() || a.segment() == p.segment())) {
                added += a.quantity();
            }
        }
        return SchoolEvaluator.numerator(indicator, p) + (kind.perSegment() ? 1 : p.assetShare()) * added;
    }

    /** The model as free MPS at full precision, for an outside solver to solve the same instance. */
    String exportMps() {
        return ExactMps.of(solver.model().exportModelToProto());
    }

    @Override
    public void close() {
        solver.close();
    }
}
