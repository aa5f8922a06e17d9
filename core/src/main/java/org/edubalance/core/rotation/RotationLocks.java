package org.edubalance.core.rotation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.staff.TeacherId;

/**
 * What a planner fixed before a re-solve: moves pinned, moves ruled out, and teachers kept at their school.
 *
 * @param pinned the destination each pinned teacher must move to
 * @param forbidden the destinations each teacher may not move to
 * @param kept teachers who stay where they are this year
 */
public record RotationLocks(
        Map<TeacherId, SchoolCode> pinned, Map<TeacherId, List<SchoolCode>> forbidden, Set<TeacherId> kept) {
    /** No locks: the first run of a county. */
    public static final RotationLocks NONE = new RotationLocks(Map.of(), Map.of(), Set.of());

    public RotationLocks {
        pinned = Map.copyOf(pinned);
        var deep = new java.util.HashMap<TeacherId, List<SchoolCode>>();
        forbidden.forEach((teacher, schools) -> deep.put(teacher, List.copyOf(schools)));
        forbidden = Map.copyOf(deep);
        kept = Set.copyOf(kept);
    }

    /** Whether nothing is locked. */
    public boolean isEmpty() {
        return pinned.isEmpty() && forbidden.isEmpty() && kept.isEmpty();
    }
}
