package org.edubalance.planning.zoning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Relieves overloaded schools along chains of zones (docs/planning/zoning.md §5.6): from an overloaded zone, a search
 * over the zones finds the nearest one with room, reached through zones that can each pass a border block to the next;
 * then, from the zone with room backwards, each zone takes one block from the zone before it. Every zone stays
 * connected (a block leaves only when its zone stays whole, and joins a zone it touches) and each step moves the
 * overload one zone further, where single moves that do not lower the overload would be refused.
 */
final class CapacityRepair {
    private final ZoningInstance in;

    CapacityRepair(ZoningInstance in) {
        this.in = in;
    }

    /** Repairs while some school is overloaded, a chain is found and {@code deadline} (System.nanoTime) is ahead. */
    void repair(ZoneState state, long deadline) {
        int stuck = 0;
        double least = state.overflow();
        // Chains can undo each other (A passes to B, later B to A): stop once the least overload seen stops falling.
        while (stuck < in.schools && System.nanoTime() < deadline) {
            int over = mostOverloaded(state);
            if (over < 0) {
                return;
            }
            int[] path = chain(state, over);
            if (path.length <= 1) {
                return;
            }
            for (int i = path.length - 2; i >= 0; i--) {
                shift(state, path[i], path[i + 1]);
            }
            double now = state.overflow();
            if (now < least - 1e-9) {
                least = now;
                stuck = 0;
            } else {
                stuck++;
            }
        }
    }

    private int mostOverloaded(ZoneState state) {
        int worst = -1;
        double most = 0;
        for (int j = 0; j < in.schools; j++) {
            double over = state.overflow(j);
            if (over > most) {
                most = over;
                worst = j;
            }
        }
        return worst;
    }

    /** The zones from {@code from} to the nearest zone with room, each able to pass a block to the next. */
    private int[] chain(ZoneState state, int from) {
        List<List<Integer>> members = new ArrayList<>();
        for (int j = 0; j < in.schools; j++) {
            members.add(new ArrayList<>());
        }
        for (int b = 0; b < in.blocks; b++) {
            if (state.school[b] >= 0) {
                members.get(state.school[b]).add(b);
            }
        }
        int[] parent = new int[in.schools];
        Arrays.fill(parent, -2);
        parent[from] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int b : members.get(u)) {
                if (in.schoolBlock[u] == b) {
                    continue;
                }
                for (int n : in.neighbours[b]) {
                    int v = state.school[n];
                    if (v < 0 || v == u || parent[v] != -2 || !in.allowed[b][v] || !state.staysConnected(b)) {
                        continue;
                    }
                    parent[v] = u;
                    if (hasRoom(state, v)) {
                        return path(parent, v);
                    }
                    queue.add(v);
                }
            }
        }
        return new int[] {from};
    }

    private boolean hasRoom(ZoneState state, int j) {
        for (int t = 0; t < in.years; t++) {
            if (state.load[j][t] >= in.capacity[j] - 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static int[] path(int[] parent, int end) {
        List<Integer> reversed = new ArrayList<>();
        for (int v = end; v != -1; v = parent[v]) {
            reversed.add(v);
        }
        int[] path = new int[reversed.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = reversed.get(path.length - 1 - i);
        }
        return path;
    }

    /**
     * Moves one block of zone {@code from} that touches zone {@code to} into it: one that fits, the cheapest; else,
     * when none fits, the one that overloads {@code to} least.
     */
    private void shift(ZoneState state, int from, int to) {
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int b = 0; b < in.blocks; b++) {
            if (state.school[b] != from || in.schoolBlock[from] == b || !in.allowed[b][to] || !state.touches(b, to)) {
                continue;
            }
            double score =
                    (state.fits(b, to) ? 0 : 1e12 * state.overflowChange(to, b, 1)) + in.cost[b][to] - in.cost[b][from];
            if (score < bestScore && state.staysConnected(b)) {
                bestScore = score;
                best = b;
            }
        }
        if (best >= 0) {
            state.assign(best, to);
        }
    }
}
