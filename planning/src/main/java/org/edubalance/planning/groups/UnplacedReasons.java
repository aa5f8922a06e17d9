package org.edubalance.planning.groups;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.planning.groups.GroupPlan.Unplaced;
import org.edubalance.planning.groups.GroupSolver.Arc;

/**
 * Why each member left out of a plan is left out (docs/planning/groups.md §3). In a plan that places the most, a
 * member with a core within the limit whose group has room would lower that group's mean below the floor, or else it
 * would have been placed; a plan cut short by the time limit may leave out a member that fits: TIME_LIMIT.
 */
final class UnplacedReasons {
    private final GroupSegment in;
    private final GroupPolicy policy;
    private final List<Arc> arcs;
    private final int[] coreOf;

    UnplacedReasons(GroupSegment in, GroupPolicy policy, List<Arc> arcs, int[] coreOf) {
        this.in = in;
        this.policy = policy;
        this.arcs = arcs;
        this.coreOf = coreOf;
    }

    /** The unplaced members in code order with their reasons; {@code proven}: the plan places the most. */
    List<Unplaced> reasons(boolean proven) {
        int cores = in.cores().size();
        int[] size = new int[cores];
        long[] surplus = new long[cores];
        long f = Math.round(policy.minMeanStrength() * 1e6);
        for (int c = 0; c < cores; c++) {
            size[c] = 1;
            surplus[c] = in.cores().get(c).micro() - f;
        }
        for (int s = 0; s < coreOf.length; s++) {
            if (coreOf[s] >= 0) {
                size[coreOf[s]]++;
                surplus[coreOf[s]] += in.members().get(s).micro() - f;
            }
        }
        List<Unplaced> out = new ArrayList<>();
        for (int s = 0; s < coreOf.length; s++) {
            if (coreOf[s] >= 0) {
                continue;
            }
            boolean near = false;
            boolean room = false;
            boolean fits = false;
            for (Arc a : arcs) {
                if (a.member() == s) {
                    near = true;
                    if (size[a.core()] < policy.maxSize()) {
                        room = true;
                        fits |= surplus[a.core()] + in.members().get(s).micro() - f >= 0;
                    }
                }
            }
            UnplacedReason reason = in.members().get(s).position() == null
                    ? UnplacedReason.NO_POSITION
                    : !near
                            ? UnplacedReason.NO_CORE_WITHIN_DISTANCE
                            : !room
                                    ? UnplacedReason.GROUPS_FULL
                                    : fits && !proven ? UnplacedReason.TIME_LIMIT : UnplacedReason.BELOW_STRENGTH_FLOOR;
            out.add(new Unplaced(in.segment(), in.members().get(s).code(), reason));
        }
        return out;
    }
}
