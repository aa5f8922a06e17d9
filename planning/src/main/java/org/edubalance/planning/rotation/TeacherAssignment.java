package org.edubalance.planning.rotation;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.edubalance.core.staff.Teacher;
import org.edubalance.planning.rotation.SchoolSegmentSite.SiteKey;
import org.jspecify.annotations.Nullable;

/**
 * The decision for one eligible teacher: the destination school, or none (the teacher stays). Its values are the
 * teacher's candidates (same segment, within the commute limit, allowed by the direction rule). A pinned move is fixed.
 * JavaBean-style because Timefold sets the variable reflectively.
 */
@PlanningEntity
public final class TeacherAssignment {
    @PlanningId
    private String id;

    private Teacher teacher;
    private SiteKey origin;
    private List<Candidate> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private @Nullable Candidate destination;

    @PlanningPin
    private boolean pinned;

    /** For Timefold's cloning. */
    TeacherAssignment() {}

    TeacherAssignment(Teacher teacher, List<Candidate> candidates, @Nullable Candidate pinnedTo) {
        this.id = teacher.id().value();
        this.teacher = teacher;
        this.origin = new SiteKey(teacher.school(), teacher.segment());
        this.candidates = List.copyOf(candidates);
        this.destination = pinnedTo;
        this.pinned = pinnedTo != null;
    }

    public String getId() {
        return id;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    /** The school segment the teacher leaves if moved. */
    public SiteKey getOrigin() {
        return origin;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Candidate> getCandidates() {
        return candidates;
    }

    public @Nullable Candidate getDestination() {
        return destination;
    }

    public void setDestination(@Nullable Candidate destination) {
        this.destination = destination;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The school segment joined, or {@code null} when the teacher stays. */
    public @Nullable SiteKey destinationSite() {
        return destination == null ? null : new SiteKey(destination.school(), teacher.segment());
    }
}
