package org.edubalance.planning.pairing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edubalance.core.pairing.PairingPolicy;

/**
 * The residual network of a pairing plan, for the checker's optimality certificate (docs/planning/pairing.md §5).
 * Nodes: the source 0, mentors 1..m, mentees m+1..m+n, the sink m+n+1. A residual arc is an arc with room left (cost
 * as in the plan's objective) or the reverse of an arc that carries flow (cost negated). The costs are built here from
 * the checker's own distances: whole metres times (m·n + 1), plus the mentor's rank.
 */
final class Residual {
    private final int nodes;
    private final List<int[]> arcs = new ArrayList<>(); // {from, to}
    private final List<Long> costs = new ArrayList<>();

    Residual(double[][] km, int[] mentorOf, int[] load, PairingPolicy policy) {
        int m = load.length;
        int n = mentorOf.length;
        nodes = m + n + 2;
        int sink = m + n + 1;
        long weight = (long) m * n + 1;
        for (int i = 0; i < m; i++) {
            if (load[i] < policy.maxMenteesPerMentor()) {
                add(0, 1 + i, 0);
            }
            if (load[i] > 0) {
                add(1 + i, 0, 0);
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                if (km[i][j] <= policy.maxDistanceKm()) {
                    long cost = Math.round(km[i][j] * 1000) * weight + i;
                    if (mentorOf[j] == i) {
                        add(1 + m + j, 1 + i, -cost);
                    } else {
                        add(1 + i, 1 + m + j, cost);
                    }
                }
            }
            if (mentorOf[j] >= 0) {
                add(sink, 1 + m + j, 0);
            } else {
                add(1 + m + j, sink, 0);
            }
        }
    }

    private void add(int from, int to, long cost) {
        arcs.add(new int[] {from, to});
        costs.add(cost);
    }

    /** Whether the sink can be reached from the source: the flow is not maximum. */
    boolean augmentable() {
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            out.add(new ArrayList<>());
        }
        arcs.forEach(a -> out.get(a[0]).add(a[1]));
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : out.get(v)) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return seen[nodes - 1];
    }

    /**
     * Whether a cycle of negative cost exists (Bellman–Ford from every node at once; stops as soon as a pass changes
     * nothing, which on these bipartite networks comes after a few passes).
     */
    boolean negativeCycle() {
        long[] distance = new long[nodes];
        Arrays.fill(distance, 0);
        for (int pass = 0; pass < nodes; pass++) {
            boolean changed = false;
            for (int k = 0; k < arcs.size(); k++) {
                int[] a = arcs.get(k);
                long through = distance[a[0]] + costs.get(k);
                if (through < distance[a[1]]) {
                    distance[a[1]] = through;
                    changed = true;
                }
            }
            if (!changed) {
                return false;
            }
        }
        return true;
    }
}
