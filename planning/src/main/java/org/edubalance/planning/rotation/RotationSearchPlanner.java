package org.edubalance.planning.rotation;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.SolveSettings;

/**
 * Solves a {@link RotationProblem} by local search (Timefold Solver: construction heuristic, then change and swap
 * moves within the time limit), for instances too large for the exact model in the time a bureau will wait (a city).
 * Same rules and objective as {@link RotationMipPlanner} ({@link RotationConstraintProvider}); the plan carries the
 * linear-relaxation bound, so its gap is an upper estimate of the distance to the best plan.
 */
public final class RotationSearchPlanner {

    /** Solves {@code problem} within {@code settings}' time limit. */
    public RotationPlan solve(RotationProblem problem, SolveSettings settings) {
        long start = System.nanoTime();
        RotationSchedule schedule = schedule(problem);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RotationSchedule.class)
                .withEntityClasses(TeacherAssignment.class)
                .withConstraintProviderClass(RotationConstraintProvider.class)
                .withTerminationSpentLimit(settings.timeLimit());
        RotationSchedule best =
                SolverFactory.<RotationSchedule>create(config).buildSolver().solve(schedule);
        HardSoftScore score = best.getScore();
        double baseline = best.getSiteIndicators().stream()
                .mapToDouble(SiteIndicator::baseline)
                .sum();
        double objective = baseline - score.softScore() / SiteIndicator.MICROS;
        double moverCosts = best.getAssignments().stream()
                .filter(a -> a.getDestination() != null)
                .mapToDouble(a -> problem.policy().moverPenalty()
                        + RotationMipPlanner.COMMUTE_TIE_BREAK
                                * a.getDestination().distanceKm())
                .sum();
        List<Move> moves = moves(problem, best);
        double bound = new RotationMipPlanner().relaxationBound(problem);
        boolean feasible = score.hardScore() == 0;
        return new RotationPlan(
                feasible ? moves : List.of(),
                feasible ? "FEASIBLE" : "NOT_SOLVED",
                feasible ? objective : Double.NaN,
                feasible ? objective - moverCosts : Double.NaN,
                bound,
                "Timefold Solver (local search)",
                Duration.ofNanos(System.nanoTime() - start));
    }

    static RotationSchedule schedule(RotationProblem problem) {
        RotationPolicy policy = problem.policy();
        List<TeacherAssignment> assignments = new ArrayList<>();
        for (Teacher t : problem.eligible()) {
            List<Candidate> candidates = problem.candidates().getOrDefault(t.id(), List.of());
            SchoolCode pin = problem.pinned().get(t.id());
            Candidate pinned = pin == null
                    ? null
                    : candidates.stream()
                            .filter(c -> c.school().equals(pin))
                            .findFirst()
                            .orElseThrow(() -> new org.edubalance.planning.PlanningProblemInvalidException("Teacher "
                                    + t.id() + " is pinned to school " + pin + ", which the policy does not allow."));
            assignments.add(new TeacherAssignment(t, candidates, pinned));
        }
        List<SiteIndicator> indicators = problem.siteIndicators();
        List<SiteCap> caps = problem.sites().stream()
                .map(s -> new SiteCap(s.key(), (int)
                        Math.floor(policy.maxShareLeaving() * s.staffing().teachers() + 1e-9)))
                .toList();
        var rules = new RotationRules(
                problem.minimumMovers(),
                policy.maxMovers(),
                policy.minBackboneShare(),
                policy.backboneShareOfEligible(),
                problem.eligibleBackbone(),
                policy.moverPenalty());
        return new RotationSchedule(assignments, indicators, caps, rules);
    }

    private static List<Move> moves(RotationProblem problem, RotationSchedule best) {
        var reasons = new MoveReasons(problem);
        List<Move> moves = new ArrayList<>();
        for (TeacherAssignment a : best.getAssignments()) {
            Candidate c = a.getDestination();
            if (c != null) {
                Teacher t = a.getTeacher();
                moves.add(new Move(
                        t.id(),
                        t.school(),
                        c.school(),
                        t.segment(),
                        t.subject(),
                        c.distanceKm(),
                        reasons.reason(t, c.school())));
            }
        }
        moves.sort(Comparator.comparing(Move::teacher));
        return moves;
    }
}
