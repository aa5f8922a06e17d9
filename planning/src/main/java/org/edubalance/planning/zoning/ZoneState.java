package org.edubalance.planning.zoning;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A plan under construction: the school of each block (−1: none yet), each school's load per year, and the
 * objective, kept up to date move by move. Connectivity is asked of one zone at a time ({@link #staysConnected}),
 * by a search over that zone only.
 */
final class ZoneState {
    final ZoningInstance in;
    final int[] school;
    final double[][] load;
    private double cost;
    private final int[] mark;
    private int stamp;

    ZoneState(ZoningInstance in) {
        this.in = in;
        this.school = new int[in.blocks];
        Arrays.fill(school, -1);
        this.load = new double[in.schools][in.years];
        this.mark = new int[in.blocks];
    }

    ZoneState copy() {
        ZoneState copy = new ZoneState(in);
        System.arraycopy(school, 0, copy.school, 0, school.length);
        for (int j = 0; j < in.schools; j++) {
            copy.load[j] = load[j].clone();
        }
        copy.cost = cost;
        return copy;
    }

    void assign(int b, int j) {
        int from = school[b];
        if (from >= 0) {
            cost -= in.cost[b][from];
            for (int t = 0; t < in.years; t++) {
                load[from][t] -= in.entrants[t][b];
            }
        }
        school[b] = j;
        if (j >= 0) {
            cost += in.cost[b][j];
            for (int t = 0; t < in.years; t++) {
                load[j][t] += in.entrants[t][b];
            }
        }
    }

    double cost() {
        return cost;
    }

    /** Children above capacity, summed over schools and years. */
    double overflow() {
        double over = 0;
        for (int j = 0; j < in.schools; j++) {
            over += overflow(j);
        }
        return over;
    }

    double overflow(int j) {
        double over = 0;
        for (int t = 0; t < in.years; t++) {
            over += Math.max(0, load[j][t] - in.capacity[j] - 1e-9);
        }
        return over;
    }

    /** How the overflow of school {@code j} changes when block {@code b} joins ({@code sign} 1) or leaves (−1). */
    double overflowChange(int j, int b, int sign) {
        double change = 0;
        for (int t = 0; t < in.years; t++) {
            double before = Math.max(0, load[j][t] - in.capacity[j] - 1e-9);
            double after = Math.max(0, load[j][t] + sign * in.entrants[t][b] - in.capacity[j] - 1e-9);
            change += after - before;
        }
        return change;
    }

    /** Whether {@code b} fits school {@code j} in every year. */
    boolean fits(int b, int j) {
        for (int t = 0; t < in.years; t++) {
            if (load[j][t] + in.entrants[t][b] > in.capacity[j] + 1e-9) {
                return false;
            }
        }
        return true;
    }

    boolean complete() {
        for (int s : school) {
            if (s < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the zone of {@code b}'s school stays connected without {@code b}: every neighbour of {@code b} in the zone
     * is still reached from the school's block through the zone's other blocks.
     */
    boolean staysConnected(int b) {
        int j = school[b];
        int inZone = 0;
        for (int n : in.neighbours[b]) {
            if (school[n] == j) {
                inZone++;
            }
        }
        if (inZone <= 1) {
            return true; // a leaf of its zone (or alone): removing it disconnects nothing
        }
        stamp++;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int start = in.schoolBlock[j];
        mark[start] = stamp;
        mark[b] = stamp; // as if gone
        queue.add(start);
        int found = 0;
        while (!queue.isEmpty() && found < inZone) {
            int u = queue.poll();
            for (int n : in.neighbours[u]) {
                if (mark[n] != stamp && school[n] == j) {
                    mark[n] = stamp;
                    queue.add(n);
                    if (isNeighbour(b, n)) {
                        found++;
                    }
                }
            }
        }
        for (int n : in.neighbours[b]) {
            if (school[n] == j && n == start) {
                found++;
            }
        }
        return found >= inZone;
    }

    private boolean isNeighbour(int b, int n) {
        for (int m : in.neighbours[b]) {
            if (m == n) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code b} touches a block of school {@code j}'s zone. */
    boolean touches(int b, int j) {
        for (int n : in.neighbours[b]) {
            if (school[n] == j) {
                return true;
            }
        }
        return false;
    }
}
