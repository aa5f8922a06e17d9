package org.edubalance.planning.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.Reason;
import org.edubalance.planning.rotation.RotationAlternatives.Alternative;
import org.jspecify.annotations.Nullable;

/**
 * The rotation plan as one document: what {@code edubalance plan rotation --out plan.json} writes, what the app stores
 * as a job's result and answers over the API, and what the workbook is built from — so an approved plan's export is
 * the plan as stored, whatever the data hold later. {@link RotationPlanJson} is its one writer. Numbers that are not
 * known (a CV of a segment without students) are {@code null}.
 *
 * @param county the county planned
 * @param year the school year
 * @param policy the policy's id
 * @param outcome how the solve ended and how good the plan provably is
 * @param summary the plan's counts
 * @param moves the moves, by teacher id
 * @param cvs the county CVs before and after the plan, per segment and indicator, as the checker recomputed them
 * @param policyChecks every rule of the policy with its figures, as the independent checker found them
 * @param violations problems with single moves the checker found; empty for a valid plan
 * @param alternatives the trade-off plans ({@code plan rotation --alternatives}); empty otherwise
 */
public record RotationPlanDocument(
        String county,
        int year,
        String policy,
        PlanningOutcome outcome,
        Summary summary,
        List<MoveLine> moves,
        List<CvLine> cvs,
        List<PolicyCheck> policyChecks,
        List<Reason> violations,
        List<AlternativeLine> alternatives) {

    public RotationPlanDocument {
        moves = List.copyOf(moves);
        cvs = List.copyOf(cvs);
        policyChecks = List.copyOf(policyChecks);
        violations = List.copyOf(violations);
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The plan's counts.
     *
     * @param eligible eligible teachers
     * @param minimumMovers the quota
     * @param movers teachers moved
     * @param backboneMovers backbone teachers moved
     * @param totalCommuteKm the movers' distances summed, to 0.1 km
     * @param balance the balance part of the objective, or {@code null} without a plan
     * @param valid whether the independent checker found every rule met
     */
    public record Summary(
            int eligible,
            int minimumMovers,
            int movers,
            int backboneMovers,
            double totalCommuteKm,
            @Nullable Double balance,
            boolean valid) {}

    /** One move, with whether the teacher is a backbone teacher and why the move helps. */
    public record MoveLine(
            String teacherId,
            String fromSchool,
            String toSchool,
            Segment segment,
            Subject subject,
            boolean backbone,
            double distanceKm,
            List<Reason> reasons) {
        public MoveLine {
            reasons = List.copyOf(reasons);
        }
    }

    /** The county CV of one indicator in one segment, before and after the plan. */
    public record CvLine(
            Segment segment,
            String indicator,
            @Nullable Double before,
            @Nullable Double after) {}

    /** One alternative plan of the trade-off: its outcome, size, balance and CVs after it. */
    public record AlternativeLine(
            String name,
            PlanningOutcome outcome,
            int movers,
            @Nullable Double balance,
            boolean valid,
            List<CvLine> cvs) {
        public AlternativeLine {
            cvs = List.copyOf(cvs);
        }
    }

    /** The document of {@code plan} for {@code problem}, as {@code check} found it, without alternatives. */
    public static RotationPlanDocument of(RotationProblem problem, RotationPlan plan, PlanCheck check) {
        return of(problem, plan, check, List.of(), List.of());
    }

    /**
     * The document of {@code plan} for {@code problem}, as {@code check} found it, with the {@code alternatives} and
     * their checks (in the same order).
     */
    public static RotationPlanDocument of(
            RotationProblem problem,
            RotationPlan plan,
            PlanCheck check,
            List<Alternative> alternatives,
            List<PlanCheck> alternativeChecks) {
        Set<TeacherId> backbone = problem.teachers().stream()
                .filter(t -> t.backboneLevel().isBackbone())
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
                        m.reasons()))
                .toList();
        var summary = new Summary(
                problem.eligible().size(),
                problem.minimumMovers(),
                moves.size(),
                (int) moves.stream().filter(MoveLine::backbone).count(),
                Math.round(moves.stream().mapToDouble(MoveLine::distanceKm).sum() * 10) / 10.0,
                known(plan.balance()),
                check.isValid());
        List<AlternativeLine> lines = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative a = alternatives.get(i);
            PlanCheck c = alternativeChecks.get(i);
            lines.add(new AlternativeLine(
                    a.name(),
                    a.plan().outcome(),
                    a.plan().moves().size(),
                    known(a.plan().balance()),
                    c.isValid(),
                    cvs(c)));
        }
        return new RotationPlanDocument(
                problem.county().value(),
                problem.year(),
                problem.policy().id(),
                plan.outcome(),
                summary,
                moves,
                cvs(check),
                check.checks(),
                check.violations(),
                lines);
    }

    /** This document as the county-level summary an inspector may see: no teacher ids, no moves. */
    public RotationPlanDocument withoutTeachers() {
        return new RotationPlanDocument(
                county, year, policy, outcome, summary, List.of(), cvs, policyChecks, List.of(), alternatives);
    }

    /** The moves again as the planner's moves, for the checker. */
    public List<Move> planMoves() {
        return moves.stream()
                .map(m -> new Move(
                        new TeacherId(m.teacherId()),
                        new SchoolCode(m.fromSchool()),
                        new SchoolCode(m.toSchool()),
                        m.segment(),
                        m.subject(),
                        m.distanceKm(),
                        m.reasons()))
                .toList();
    }

    private static List<CvLine> cvs(PlanCheck check) {
        return check.cvChanges().stream()
                .map(c -> new CvLine(c.segment(), c.indicator().id(), known(c.before()), known(c.after())))
                .toList();
    }

    private static @Nullable Double known(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
