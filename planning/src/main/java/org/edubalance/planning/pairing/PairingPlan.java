package org.edubalance.planning.pairing;

import java.util.List;
import org.edubalance.core.pairing.UnpairedReason;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.PlanningStatus;

/**
 * The pairing of one county and year (docs/planning/pairing.md §4).
 *
 * @param year the data year
 * @param countyCode the county
 * @param policy the policy's id
 * @param maxDistanceKm the policy's distance limit, which the unpaired reasons name
 * @param pairs the pairs, by segment (primary first), mentor code, mentee code
 * @param unpaired the mentees left without a mentor, by segment and code
 * @param candidates every eligible school segment with its strength and role, by segment and code
 * @param summary the counts and the total distance
 */
public record PairingPlan(
        int year,
        String countyCode,
        String policy,
        double maxDistanceKm,
        List<Pair> pairs,
        List<Unpaired> unpaired,
        List<Candidate> candidates,
        Summary summary) {
    public PairingPlan {
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
        candidates = List.copyOf(candidates);
    }

    /** A mentor and its mentee in one segment, {@code km} apart (haversine, rounded to the metre). */
    public record Pair(Segment segment, String mentor, String mentee, double km) {}

    /** A mentee without a mentor, and why. */
    public record Unpaired(Segment segment, String school, UnpairedReason reason) {}

    /** A school segment that takes part: its strength, whether it meets the per-school rule, its role. */
    public record Candidate(
            Segment segment, String school, String name, double strength, boolean compliant, Role role) {}

    /** A candidate's role. */
    public enum Role {
        MENTOR,
        MENTEE
    }

    /**
     * The counts of the plan.
     *
     * @param mentors eligible mentor segments
     * @param mentees eligible mentee segments (those without a position included)
     * @param paired mentees with a mentor
     * @param totalKm the pairs' distances summed (km, to the metre)
     * @param status OPTIMAL: the most mentees paired, then the least total distance, proven
     */
    public record Summary(int mentors, int mentees, int paired, double totalKm, PlanningStatus status) {}
}
