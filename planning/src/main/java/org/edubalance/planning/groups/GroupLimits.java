package org.edubalance.planning.groups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.groups.GroupSegment.Site;
import org.edubalance.planning.groups.GroupSolver.Arc;

/**
 * Why the policy's limits leave a segment no plan (docs/planning/groups.md §3): every core must lead a group of at
 * least groupMinSize with a mean strength at least the floor, so a core with too few segments within the distance, or
 * too weak ones, makes the problem infeasible; the message names the core and the rule.
 */
final class GroupLimits {
    private final GroupSegment in;
    private final GroupPolicy policy;
    private final List<Arc> arcs;

    GroupLimits(GroupSegment in, GroupPolicy policy, List<Arc> arcs) {
        this.in = in;
        this.policy = policy;
        this.arcs = arcs;
    }

    /** Throws naming the first core that cannot lead a group on its own, whatever the other cores take. */
    void explainImpossibleCores() {
        for (int c = 0; c < in.cores().size(); c++) {
            Site core = in.cores().get(c);
            List<Site> near = new ArrayList<>();
            for (Arc a : arcs) {
                if (a.core() == c) {
                    near.add(in.members().get(a.member()));
                }
            }
            if (near.size() < policy.minSize() - 1) {
                throw problem(String.format(
                        Locale.ROOT,
                        "%s core %s has %d school segments within maxDistanceKm %s km, fewer than groupMinSize − 1 = %d"
                                + " members. Maybe a larger maxDistanceKm, a smaller groupMinSize or another core.",
                        segment(),
                        core.code(),
                        near.size(),
                        number(policy.maxDistanceKm()),
                        policy.minSize() - 1));
            }
            // The best mean: the strongest groupMinSize − 1 members, then every further one above the floor.
            near.sort(Comparator.comparingLong(Site::micro).reversed());
            long f = Math.round(policy.minMeanStrength() * 1e6);
            long surplus = core.micro() - f;
            int size = 1;
            for (Site s : near) {
                if (size < policy.minSize() || (size < policy.maxSize() && s.micro() > f)) {
                    surplus += s.micro() - f;
                    size++;
                }
            }
            if (surplus < 0) {
                throw problem(String.format(
                        Locale.ROOT,
                        "%s core %s (strength %.4f) cannot reach groupMinMeanStrength %s: the best group of %d within"
                                + " %s km has a mean strength of %.4f. Maybe a lower groupMinMeanStrength or a"
                                + " stronger core.",
                        segment(),
                        core.code(),
                        core.strength(),
                        number(policy.minMeanStrength()),
                        size,
                        number(policy.maxDistanceKm()),
                        (f * (double) size + surplus) / 1e6 / size));
            }
        }
    }

    /** The message when each core could lead a group alone, but the cores share too few members for all of them. */
    PlanningProblemInvalidException sharedMembersLeaveNoPlan() {
        return problem(String.format(
                Locale.ROOT,
                "the %d %s cores share their nearby school segments: no plan gives every core a group of at least"
                        + " groupMinSize %d with a mean strength ≥ groupMinMeanStrength %s, members within %s km."
                        + " Maybe fewer cores or a smaller groupMinSize.",
                in.cores().size(),
                segment(),
                policy.minSize(),
                number(policy.minMeanStrength()),
                number(policy.maxDistanceKm())));
    }

    private String segment() {
        return in.segment().name().toLowerCase(Locale.ROOT);
    }

    private PlanningProblemInvalidException problem(String what) {
        return new PlanningProblemInvalidException("Group policy " + policy.id() + ": " + what);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
