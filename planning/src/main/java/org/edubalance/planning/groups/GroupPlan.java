package org.edubalance.planning.groups;

import java.util.List;
import java.util.Map;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.PlanningStatus;

/**
 * The school groups of one county and year (docs/planning/groups.md §4).
 *
 * @param year the data year
 * @param countyCode the county
 * @param policy the policy's id
 * @param maxDistanceKm the policy's distance limit, which the unplaced reasons name
 * @param minMeanStrength the policy's strength floor, which the unplaced reasons name
 * @param minSize the policy's least group size, its core included
 * @param maxSize the policy's largest group size, its core included
 * @param groups the groups, by segment (primary first) and core code
 * @param unplaced the school segments in no group, by segment and code
 * @param names the schools' names by code, for the workbook
 * @param summary the counts, the distance and how the solve ended
 */
public record GroupPlan(
        int year,
        String countyCode,
        String policy,
        double maxDistanceKm,
        double minMeanStrength,
        int minSize,
        int maxSize,
        List<Group> groups,
        List<Unplaced> unplaced,
        Map<String, String> names,
        Summary summary) {
    public GroupPlan {
        groups = List.copyOf(groups);
        unplaced = List.copyOf(unplaced);
        names = Map.copyOf(names);
    }

    /**
     * One core school segment and its members (of the same segment), the shape of a stored {@code SchoolGroup}.
     *
     * @param coreStrength the core's strength, to four decimals
     * @param members by code
     */
    public record Group(Segment segment, String core, double coreStrength, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }

        /** School segments in the group, its core included. */
        public int size() {
            return members.size() + 1;
        }

        /** The mean strength of the group, its core included, to four decimals. */
        public double meanStrength() {
            double sum = coreStrength
                    + members.stream().mapToDouble(Member::strength).sum();
            return Math.round(sum / size() * 10_000) / 10_000.0;
        }

        /** The members' distances to the core summed (km, to the metre). */
        public double km() {
            return Math.round(members.stream().mapToDouble(Member::km).sum() * 1000) / 1000.0;
        }
    }

    /** A member: its distance to the core (haversine, to the metre) and its strength (to four decimals). */
    public record Member(String school, double km, double strength) {}

    /** A school segment in no group, and why. */
    public record Unplaced(Segment segment, String school, UnplacedReason reason) {}

    /**
     * The counts and the solve.
     *
     * @param cores core school segments
     * @param members the other school segments that take part (those without a position included)
     * @param placed members in a group
     * @param totalKm the members' distances summed (km, to the metre)
     * @param status OPTIMAL: the most placed, then the least total distance, proven; FEASIBLE: the time limit ended
     *     the search first
     * @param bound a proven lower bound on the total distance of any plan placing as many (km)
     * @param gap (totalKm − bound) ÷ totalKm, 0 when optimal
     * @param seconds the solve's wall time
     */
    public record Summary(
            int cores,
            int members,
            int placed,
            double totalKm,
            PlanningStatus status,
            double bound,
            double gap,
            double seconds) {}
}
