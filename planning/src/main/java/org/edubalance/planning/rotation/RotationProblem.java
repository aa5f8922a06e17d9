package org.edubalance.planning.rotation;

import java.util.List;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;

/**
 * One county's rotation problem for one school year, built by {@link RotationProblemFactory}.
 *
 * @param county the county
 * @param year the school year
 * @param policy the rules
 * @param sites every school segment with students
 * @param teachers the county's whole roster of that year (staffing counts come from it)
 * @param eligible the teachers the policy lets rotate, in roster order
 * @param candidates where each eligible teacher may go (possibly nowhere)
 * @param pinned moves a planner fixed: teacher → destination
 * @param forbidden moves a planner ruled out: teacher → destinations
 */
public record RotationProblem(
        RegionCode county,
        int year,
        RotationPolicy policy,
        List<SchoolSegmentSite> sites,
        List<Teacher> teachers,
        List<Teacher> eligible,
        Map<TeacherId, List<Candidate>> candidates,
        Map<TeacherId, org.edubalance.core.school.SchoolCode> pinned,
        Map<TeacherId, List<org.edubalance.core.school.SchoolCode>> forbidden) {
    public RotationProblem {
        sites = List.copyOf(sites);
        teachers = List.copyOf(teachers);
        eligible = List.copyOf(eligible);
        candidates = Map.copyOf(candidates);
        pinned = Map.copyOf(pinned);
        forbidden = Map.copyOf(forbidden);
    }

    /** The fewest movers the quota allows: {@code ⌈share × eligible⌉}. */
    public int minimumMovers() {
        return (int) Math.ceil(policy.minShareOfEligible() * eligible.size() - 1e-9);
    }

    /** Eligible backbone teachers (the base of the backbone share under the Anhui reading). */
    public long eligibleBackbone() {
        return eligible.stream().filter(t -> t.backboneLevel().isBackbone()).count();
    }
}
