package org.edubalance.planning.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.SegmentStrength;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Ownership;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.edubalance.planning.groups.GroupPlan.Unplaced;
import org.jspecify.annotations.Nullable;

/**
 * Checks a group plan without the planner's model or solver (docs/planning/groups.md §5): from the evaluation it
 * recomputes every strength and distance (its own formula, the spherical law of cosines), and checks that each core
 * leads one group of its segment, every member is a public segment of that segment within the distance of its core and
 * in one group only, each group's size and mean strength keep the policy, the figures reported are the ones
 * recomputed, and every other segment is listed unplaced with the right reason — for a proven plan, none could join a
 * group with room without breaking its floor (a plan placing one more would exist).
 */
public final class GroupPlanChecker {
    private static final double KM_TOLERANCE = 0.002;
    private static final double STRENGTH_TOLERANCE = 1e-6;

    private GroupPlanChecker() {}

    /** The broken rules of {@code plan}; empty when it keeps every rule. */
    public static List<String> check(GroupPlan plan, Evaluation evaluation, GroupPolicy policy, Set<String> cores) {
        List<String> problems = new ArrayList<>();
        Map<String, SchoolEvaluation> segments = new HashMap<>();
        for (SchoolEvaluation s : evaluation.schools()) {
            if (s.school().county().code().value().equals(plan.countyCode())
                    && s.school().ownership() == Ownership.PUBLIC
                    && !Double.isNaN(SegmentStrength.of(s))) {
                segments.put(s.segment() + " " + s.school().code().value(), s);
            }
        }
        Set<String> seen = new HashSet<>();
        double total = 0;
        int placed = 0;
        for (Group g : plan.groups()) {
            SchoolEvaluation core = segments.get(g.segment() + " " + g.core());
            if (core == null || !cores.contains(g.core()) || !seen.add(g.segment() + " " + g.core())) {
                problems.add(g.segment() + " " + g.core() + ": not a named core, or leads two groups");
                continue;
            }
            double sum = SegmentStrength.of(core);
            for (Member m : g.members()) {
                SchoolEvaluation member = segments.get(g.segment() + " " + m.school());
                String at = g.segment() + " " + g.core() + " ← " + m.school();
                if (member == null || cores.contains(m.school()) || !seen.add(g.segment() + " " + m.school())) {
                    problems.add(at + ": not a member segment, or in two groups");
                    continue;
                }
                double km = km(core.school().position(), member.school().position());
                if (!(km <= policy.maxDistanceKm() + KM_TOLERANCE) || Math.abs(km - m.km()) > KM_TOLERANCE) {
                    problems.add(
                            at + ": " + m.km() + " km, recomputed " + km + " (limit " + policy.maxDistanceKm() + ")");
                }
                double strength = SegmentStrength.of(member);
                if (Math.abs(strength - m.strength()) > 0.00006) {
                    problems.add(at + ": strength " + m.strength() + ", recomputed " + strength);
                }
                sum += strength;
                total += m.km();
                placed++;
            }
            double mean = sum / g.size();
            if (g.size() < policy.minSize() || g.size() > policy.maxSize()) {
                problems.add(g.segment() + " " + g.core() + ": " + g.size() + " school segments, outside "
                        + policy.minSize() + "–" + policy.maxSize());
            }
            // The reported mean is of the members' strengths to four decimals, itself to four decimals: 0.0001 off.
            if (mean < policy.minMeanStrength() - STRENGTH_TOLERANCE || Math.abs(mean - g.meanStrength()) > 0.000101) {
                problems.add(g.segment() + " " + g.core() + ": mean strength " + g.meanStrength() + ", recomputed "
                        + mean + " (floor " + policy.minMeanStrength() + ")");
            }
        }
        for (String key : segments.keySet()) {
            if (cores.contains(key.substring(key.indexOf(' ') + 1)) && !seen.contains(key)) {
                problems.add(key + ": a named core without a group");
            }
        }
        reasons(plan, segments, seen, policy, problems);
        GroupPlan.Summary s = plan.summary();
        if (s.placed() != placed
                || Math.abs(s.totalKm() - total) > KM_TOLERANCE
                || s.cores() != plan.groups().size()
                || s.members() != placed + plan.unplaced().size()) {
            problems.add("summary " + s + ": recounted placed " + placed + ", km " + total);
        }
        return problems;
    }

    private static void reasons(
            GroupPlan plan,
            Map<String, SchoolEvaluation> segments,
            Set<String> seen,
            GroupPolicy policy,
            List<String> problems) {
        Map<String, UnplacedReason> listed = new HashMap<>();
        for (Unplaced u : plan.unplaced()) {
            if (listed.put(u.segment() + " " + u.school(), u.reason()) != null) {
                problems.add(u.segment() + " " + u.school() + " listed twice");
            }
        }
        for (Map.Entry<String, SchoolEvaluation> e : segments.entrySet()) {
            if (seen.contains(e.getKey())) {
                if (listed.containsKey(e.getKey())) {
                    problems.add(e.getKey() + " is placed and listed unplaced");
                }
                continue;
            }
            UnplacedReason expected = expected(plan, e.getValue(), segments, policy);
            if (expected == null) {
                problems.add(e.getKey() + " could join a group with room without breaking its floor: a proven plan"
                        + " places the most");
            } else if (listed.get(e.getKey()) != expected) {
                problems.add(e.getKey() + " unplaced: listed " + listed.get(e.getKey()) + ", expected " + expected);
            }
        }
    }

    private static @Nullable UnplacedReason expected(
            GroupPlan plan, SchoolEvaluation s, Map<String, SchoolEvaluation> segments, GroupPolicy policy) {
        if (s.school().position() == null) {
            return UnplacedReason.NO_POSITION;
        }
        boolean near = false;
        boolean room = false;
        boolean fits = false;
        for (Group g : plan.groups()) {
            SchoolEvaluation core = segments.get(g.segment() + " " + g.core());
            if (g.segment() != s.segment() || core == null) {
                continue;
            }
            if (km(core.school().position(), s.school().position()) <= policy.maxDistanceKm()) {
                near = true;
                if (g.size() < policy.maxSize()) {
                    room = true;
                    double sum = SegmentStrength.of(core) + SegmentStrength.of(s);
                    for (Member m : g.members()) {
                        sum += SegmentStrength.of(segments.get(g.segment() + " " + m.school()));
                    }
                    fits |= sum / (g.size() + 1) >= policy.minMeanStrength() - STRENGTH_TOLERANCE;
                }
            }
        }
        if (!near) {
            return UnplacedReason.NO_CORE_WITHIN_DISTANCE;
        }
        if (!room) {
            return UnplacedReason.GROUPS_FULL;
        }
        if (fits) {
            // In a proven plan a member that fits would make one more placed: the plan would not place the most.
            return plan.summary().status() == PlanningStatus.OPTIMAL ? null : UnplacedReason.TIME_LIMIT;
        }
        return UnplacedReason.BELOW_STRENGTH_FLOOR;
    }

    /** Great-circle km by the spherical law of cosines (R = 6371.0088 km); NaN without both positions. */
    static double km(@Nullable GeoPoint a, @Nullable GeoPoint b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double cos = Math.sin(p1) * Math.sin(p2)
                + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(b.longitude() - a.longitude()));
        return 6371.0088 * Math.acos(Math.max(-1, Math.min(1, cos)));
    }
}
