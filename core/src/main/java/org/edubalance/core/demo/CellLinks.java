package org.edubalance.core.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edubalance.core.school.GeoPoint;

/**
 * The links between a block grid's kept cells (rook adjacency): joins the blocks of houses into one piece and leaves
 * a few out where that keeps them so. Schools' cells never count as a passage, so that a zone joining its schools
 * never needs another zone's school block to pass through, and every school keeps a block of houses next to it.
 */
final class CellLinks {
    private final BlockGrid grid;
    private final boolean[][] kept;
    private final boolean[] school;

    CellLinks(BlockGrid grid, boolean[][] kept, boolean[] school) {
        this.grid = grid;
        this.kept = kept;
        this.school = school;
    }

    private int rows() {
        return grid.rows();
    }

    private int cols() {
        return grid.cols();
    }

    void keep(int cell) {
        kept[cell / cols()][cell % cols()] = true;
    }

    private boolean isKept(int cell) {
        return kept[cell / cols()][cell % cols()];
    }

    /** The cells sharing an edge with {@code cell}. */
    int[] steps(int cell) {
        int r = cell / cols();
        int c = cell % cols();
        int[] next = new int[4];
        int n = 0;
        if (r > 0) {
            next[n++] = cell - cols();
        }
        if (r < rows() - 1) {
            next[n++] = cell + cols();
        }
        if (c > 0) {
            next[n++] = cell - 1;
        }
        if (c < cols() - 1) {
            next[n++] = cell + 1;
        }
        return Arrays.copyOf(next, n);
    }

    /**
     * Joins the blocks of houses (the kept cells without a school) into one piece by strips of cells, the group nearest
     * to the one around the first site first. Schools do not count as a passage: two zones may meet anywhere, and a
     * zone joining its schools must never need another zone's school block to pass through.
     */
    void join(int firstSchoolCell) {
        int first = housesNextTo(firstSchoolCell);
        while (true) {
            int[] group = groups();
            int main = group[first];
            List<Integer> joined = new ArrayList<>();
            List<Integer> apart = new ArrayList<>();
            for (int cell = 0; cell < group.length; cell++) {
                if (group[cell] == main) {
                    joined.add(cell);
                } else if (group[cell] >= 0) {
                    apart.add(cell);
                }
            }
            if (apart.isEmpty()) {
                return;
            }
            int bestFrom = -1;
            int bestTo = -1;
            double best = Double.MAX_VALUE;
            for (int from : apart) {
                GeoPoint at = centreOf(from);
                for (int to : joined) {
                    double d = grid.metres(at, centreOf(to));
                    if (d < best) {
                        best = d;
                        bestFrom = from;
                        bestTo = to;
                    }
                }
            }
            road(bestFrom, bestTo);
        }
    }

    private int housesNextTo(int schoolCell) {
        for (int next : steps(schoolCell)) {
            if (!school[next]) {
                return next;
            }
        }
        throw new IllegalStateException("A demo school's block is surrounded by schools");
    }

    private GeoPoint centreOf(int cell) {
        return grid.centre(cell / cols(), cell % cols());
    }

    /**
     * Keeps the cells of a shortest strip from one cell to another that passes no school, and the cells beside it: a
     * road with houses, two blocks wide.
     */
    private void road(int from, int to) {
        int[] previous = new int[rows() * cols()];
        Arrays.fill(previous, -2);
        previous[from] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && previous[to] == -2) {
            int cell = queue.poll();
            for (int next : steps(cell)) {
                if (previous[next] == -2 && !school[next]) {
                    previous[next] = cell;
                    queue.add(next);
                }
            }
        }
        for (int cell = to; cell >= 0; cell = previous[cell]) {
            keep(cell);
            // Two cells wide, houses on both sides of the road: two zones can pass along it side by side, which a
            // zone whose school is full needs to hand blocks beyond it to another.
            int beside = previous[cell] < 0 || Math.abs(previous[cell] - cell) == 1 ? cell + cols() : cell + 1;
            boolean inGrid = beside < rows() * cols() && (beside == cell + cols() || beside % cols() != 0);
            if (inGrid && !school[beside]) {
                keep(beside);
            }
        }
    }

    /** The group (connected part) of every kept cell without a school, -1 for the others. */
    private int[] groups() {
        int[] group = new int[rows() * cols()];
        Arrays.fill(group, -1);
        int next = 0;
        for (int start = 0; start < group.length; start++) {
            if (group[start] < 0 && isKept(start) && !school[start]) {
                flood(start, next++, group);
            }
        }
        return group;
    }

    /** Labels the houses reachable from {@code start} through houses; returns how many. */
    private int flood(int start, int label, int[] group) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        group[start] = label;
        int size = 0;
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            size++;
            for (int next : steps(cell)) {
                if (group[next] < 0 && isKept(next) && !school[next]) {
                    group[next] = label;
                    queue.add(next);
                }
            }
        }
        return size;
    }

    /**
     * Leaves out a few cells that hold no school, each only if the houses stay in one piece and every school keeps a
     * block of houses next to it.
     */
    void leaveOut(int firstSchoolCell, double share, RandomDraws draws) {
        int houses = 0;
        for (int cell = 0; cell < rows() * cols(); cell++) {
            houses += isKept(cell) && !school[cell] ? 1 : 0;
        }
        int start = housesNextTo(firstSchoolCell);
        for (int cell = 0; cell < rows() * cols(); cell++) {
            if (!isKept(cell) || school[cell] || cell == start || !draws.chance(share)) {
                continue;
            }
            kept[cell / cols()][cell % cols()] = false;
            int[] group = new int[rows() * cols()];
            Arrays.fill(group, -1);
            boolean schoolsReachHouses = Arrays.stream(steps(cell))
                    .filter(s -> school[s])
                    .allMatch(s -> Arrays.stream(steps(s)).anyMatch(h -> isKept(h) && !school[h]));
            if (schoolsReachHouses && flood(start, 0, group) == houses - 1) {
                houses--;
            } else {
                keep(cell);
            }
        }
    }
}
