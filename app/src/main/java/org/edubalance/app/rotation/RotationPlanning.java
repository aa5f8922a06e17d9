package org.edubalance.app.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.RotationJobRequest;
import org.edubalance.core.rotation.RotationLocks;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.core.staff.TeacherRosters;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationPlanChecker;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanners;
import org.edubalance.planning.rotation.RotationProblem;
import org.edubalance.planning.rotation.RotationProblemFactory;
import org.springframework.stereotype.Component;

/**
 * One county's rotation planning from the stored data, the same flow as {@code edubalance plan rotation}: the school
 * data and roster of the year, the job's policy and locks, the exact planner (the planner of choice up to county
 * scale, docs/planning/rotation.md), and the independent checker over its output.
 */
@Component
final class RotationPlanning {
    private final SchoolYears schoolYears;
    private final TeacherRosters rosters;
    private final RotationPolicies policies;

    RotationPlanning(SchoolYears schoolYears, TeacherRosters rosters, RotationPolicies policies) {
        this.schoolYears = schoolYears;
        this.rosters = rosters;
        this.policies = policies;
    }

    /** A plan with the problem it solves and the checker's verdict. */
    record Solved(RotationProblem problem, RotationPlan plan, PlanCheck check) {
        /** The plan document: what the job stores, the API answers and the workbook shows. */
        RotationPlanDocument document() {
            return RotationPlanDocument.of(problem, plan, check);
        }
    }

    /** Solves {@code request}, reporting progress to {@code listener}. */
    Solved solve(RotationJobRequest request, SolveListener listener) {
        Inputs inputs = inputs(request);
        RotationProblem problem = inputs.factoryInputs().problem(inputs.policy());
        // The same choice as the command line: exact where the model fits, else the search planner (a city, 15 km).
        RotationPlan plan = RotationPlanners.auto(problem, SolveSettings.seconds(request.timeLimitSeconds()), listener);
        return new Solved(problem, plan, check(inputs, plan));
    }

    private static PlanCheck check(Inputs inputs, RotationPlan plan) {
        RotationProblemFactory.Inputs in = inputs.factoryInputs();
        return new RotationPlanChecker(inputs.policy())
                .check(in.schools(), in.roster(), in.county(), in.year(), plan.moves(), in.pinned(), in.forbidden());
    }

    private record Inputs(RotationProblemFactory.Inputs factoryInputs, RotationPolicy policy) {}

    private Inputs inputs(RotationJobRequest request) {
        RotationPolicy policy = policies.read(request.policyYaml());
        List<SchoolYear> schools = schoolYears.ofYear(request.year(), request.county());
        List<Teacher> roster = rosters.of(request.county(), request.year());
        if (roster.isEmpty()) {
            throw new RotationInputException("County " + request.county() + " has no teacher roster for "
                    + request.year() + ". Maybe import one on the import page (docs/data-formats.md §4).");
        }
        RotationLocks locks = request.locks();
        // A teacher kept at the school is one every destination is forbidden for: the planner and the checker
        // both know forbidden moves, so a kept teacher needs nothing new from either.
        Map<TeacherId, List<SchoolCode>> forbidden = new HashMap<>();
        locks.forbidden().forEach((teacher, to) -> forbidden.put(teacher, new ArrayList<>(to)));
        List<SchoolCode> everySchool = schools.stream().map(SchoolYear::code).toList();
        locks.kept().forEach(teacher -> forbidden.put(teacher, everySchool));
        return new Inputs(
                new RotationProblemFactory.Inputs(
                        schools, roster, request.county(), request.year(), locks.pinned(), forbidden),
                policy);
    }
}
