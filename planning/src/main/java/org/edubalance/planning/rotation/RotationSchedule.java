package org.edubalance.planning.rotation;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The local search's working solution: one assignment per eligible teacher and the facts the constraints read. (The
 * result a bureau sees is the {@link RotationPlan}; this is the solver's view of it.)
 */
@PlanningSolution
public final class RotationSchedule {
    @PlanningEntityCollectionProperty
    private List<TeacherAssignment> assignments;

    @ProblemFactCollectionProperty
    private List<SiteIndicator> siteIndicators;

    @ProblemFactCollectionProperty
    private List<SiteCap> siteCaps;

    @ProblemFactProperty
    private RotationRules rules;

    @PlanningScore
    private @Nullable HardSoftScore score;

    /** For Timefold's cloning. */
    RotationSchedule() {}

    RotationSchedule(
            List<TeacherAssignment> assignments,
            List<SiteIndicator> siteIndicators,
            List<SiteCap> siteCaps,
            RotationRules rules) {
        this.assignments = assignments;
        this.siteIndicators = siteIndicators;
        this.siteCaps = siteCaps;
        this.rules = rules;
    }

    public List<TeacherAssignment> getAssignments() {
        return assignments;
    }

    public List<SiteIndicator> getSiteIndicators() {
        return siteIndicators;
    }

    public List<SiteCap> getSiteCaps() {
        return siteCaps;
    }

    public RotationRules getRules() {
        return rules;
    }

    public @Nullable HardSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardSoftScore score) {
        this.score = score;
    }
}
