package org.edubalance.app.rotation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.BackboneLevel;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.rotation.Move;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationProblem;
import org.jspecify.annotations.Nullable;

/**
 * A job's result as stored (JSON in {@code rotation_job.result}): the solve's figures, every move, the county CVs
 * before and after per segment and indicator, and the independent checker's policy checks. Numbers that are not
 * known (a gap without a plan, the CV of a segment without students) are {@code null}, as JSON has no NaN.
 *
 * @param policyId the policy's id
 * @param summary the solve's figures and counts
 * @param moves the moves, by teacher id
 * @param cvs the county CVs before and after the plan
 * @param policyChecks every rule of the policy with its figure, as the checker found it
 * @param violations problems with single moves the checker found; empty for a valid plan
 */
public record RotationResult(
        String policyId,
        Summary summary,
        List<MoveLine> moves,
        List<CvLine> cvs,
        List<CheckLine> policyChecks,
        List<String> violations) {

    /**
     * The solve at a glance.
     *
     * @param status OPTIMAL, FEASIBLE, INFEASIBLE or NOT_SOLVED
     * @param gap relative gap to the best bound, 0 when proven optimal
     * @param objective the plan's objective
     * @param balance the balance part of it
     * @param bound the best proven bound
     * @param solver which solver
     * @param seconds how long the solve took
     * @param eligible eligible teachers
     * @param minimumMovers the quota
     * @param movers teachers moved
     * @param backboneMovers backbone teachers moved
     * @param totalCommuteKm the movers' distances summed
     * @param valid whether the independent checker found every rule met
     */
    public record Summary(
            String status,
            @Nullable Double gap,
            @Nullable Double objective,
            @Nullable Double balance,
            @Nullable Double bound,
            String solver,
            double seconds,
            int eligible,
            int minimumMovers,
            int movers,
            int backboneMovers,
            double totalCommuteKm,
            boolean valid) {}

    /** One move, with whether the teacher is a backbone teacher. */
    public record MoveLine(
            String teacherId,
            String fromSchool,
            String toSchool,
            Segment segment,
            Subject subject,
            boolean backbone,
            double distanceKm,
            String reason) {}

    /** The county CV of one indicator in one segment, before and after the plan. */
    public record CvLine(
            Segment segment,
            String indicator,
            @Nullable Double before,
            @Nullable Double after) {}

    /** One policy rule with its figures. */
    public record CheckLine(String rule, String required, String actual, boolean passed) {}

    /** The result of {@code plan} for {@code problem}, as {@code check} found it. */
    static RotationResult of(RotationProblem problem, RotationPlan plan, PlanCheck check) {
        Set<TeacherId> backbone = problem.teachers().stream()
                .filter(t -> t.backboneLevel() != BackboneLevel.NONE)
                .map(Teacher::id)
                .collect(Collectors.toSet());
        List<MoveLine> moves = plan.moves().stream()
                .map(m -> new MoveLine(
                        m.teacher().value(),
                        m.from().value(),
                        m.to().value(),
                        m.segment(),
                        m.subject(),
                        backbone.contains(m.teacher()),
                        Math.round(m.distanceKm() * 100) / 100.0,
                        m.reason()))
                .toList();
        var summary = new Summary(
                plan.status(),
                known(plan.gap()),
                known(plan.objective()),
                known(plan.balance()),
                known(plan.bound()),
                plan.solver(),
                plan.elapsed().toMillis() / 1000.0,
                problem.eligible().size(),
                problem.minimumMovers(),
                moves.size(),
                (int) moves.stream().filter(MoveLine::backbone).count(),
                Math.round(moves.stream().mapToDouble(MoveLine::distanceKm).sum() * 10) / 10.0,
                check.isValid());
        List<CvLine> cvs = check.cvChanges().stream()
                .map(c -> new CvLine(c.segment(), c.indicator().id(), known(c.before()), known(c.after())))
                .toList();
        List<CheckLine> checks = check.checks().stream()
                .map(c -> new CheckLine(c.rule(), c.required(), c.actual(), c.passed()))
                .toList();
        return new RotationResult(problem.policy().id(), summary, moves, cvs, checks, check.violations());
    }

    /** The plan again, as the planner returned it, for the workbook and the checker. */
    RotationPlan plan() {
        List<Move> planMoves = moves.stream()
                .map(m -> new Move(
                        new TeacherId(m.teacherId()),
                        new SchoolCode(m.fromSchool()),
                        new SchoolCode(m.toSchool()),
                        m.segment(),
                        m.subject(),
                        m.distanceKm(),
                        m.reason()))
                .toList();
        return new RotationPlan(
                planMoves,
                summary.status(),
                orNaN(summary.objective()),
                orNaN(summary.balance()),
                orNaN(summary.bound()),
                summary.solver(),
                Duration.ofMillis(Math.round(summary.seconds() * 1000)));
    }

    /** This result as the county-level summary an inspector may see: no teacher ids, no moves. */
    RotationResult withoutTeachers() {
        return new RotationResult(policyId, summary, List.of(), cvs, policyChecks, List.of());
    }

    private static @Nullable Double known(@Nullable Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static double orNaN(@Nullable Double value) {
        return value == null ? Double.NaN : value;
    }
}
