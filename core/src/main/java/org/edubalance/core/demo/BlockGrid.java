package org.edubalance.core.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;

/**
 * Where one demo county's blocks lie: a grid of rectangles 300–600 m a side over the county's schools, with one cell
 * per school (a grid line is put between two schools that would share a cell), the cells near schools kept (a county
 * seat, towns and villages), strips of cells joining them (the villages along the roads), and a few cells left out
 * (parks, water) where that does not cut the county in two. Cells touch by a whole edge (rook adjacency), so the block
 * graph is connected by construction.
 */
final class BlockGrid {
    static final double METRES_PER_DEGREE_LATITUDE = 110_574;
    private static final double MARGIN_METRES = 2_000;
    private static final double LEFT_OUT = 0.03;

    /** Grid lines ascending, to six decimals: latitudes south to north, longitudes west to east. */
    private final List<Double> lats;

    private final List<Double> lons;
    private final double metresPerDegreeLongitude;
    private boolean[][] kept;
    /** Whether a cell (row × cols + col) holds a school. */
    private boolean[] school;

    private BlockGrid(List<Double> lats, List<Double> lons, double metresPerDegreeLongitude) {
        this.lats = lats;
        this.lons = lons;
        this.metresPerDegreeLongitude = metresPerDegreeLongitude;
    }

    /** A school to place: its position and how built-up its surroundings are. */
    record Site(GeoPoint position, Location location) {}

    /** The grid of {@code sites} (at least one), each site in a cell of its own. */
    static BlockGrid lay(List<Site> sites, RandomDraws draws) {
        double south =
                sites.stream().mapToDouble(s -> s.position().latitude()).min().orElseThrow();
        double north =
                sites.stream().mapToDouble(s -> s.position().latitude()).max().orElseThrow();
        double west =
                sites.stream().mapToDouble(s -> s.position().longitude()).min().orElseThrow();
        double east =
                sites.stream().mapToDouble(s -> s.position().longitude()).max().orElseThrow();
        double kx = 111_320 * Math.cos(Math.toRadians((south + north) / 2));
        double ky = METRES_PER_DEGREE_LATITUDE;
        var grid = new BlockGrid(
                lines(south - MARGIN_METRES / ky, north + MARGIN_METRES / ky, ky, draws),
                lines(west - MARGIN_METRES / kx, east + MARGIN_METRES / kx, kx, draws),
                kx);
        grid.separate(sites);
        grid.keepAround(sites);
        grid.join(sites);
        grid.leaveOut(sites, draws);
        return grid;
    }

    private static List<Double> lines(double from, double to, double metresPerDegree, RandomDraws draws) {
        List<Double> lines = new ArrayList<>();
        double at = round6(from);
        lines.add(at);
        while (at < to) {
            at = round6(at + draws.uniform(300, 600) / metresPerDegree);
            lines.add(at);
        }
        return lines;
    }

    static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    int rows() {
        return lats.size() - 1;
    }

    int cols() {
        return lons.size() - 1;
    }

    boolean kept(int row, int col) {
        return kept[row][col];
    }

    double south(int row) {
        return lats.get(row);
    }

    double north(int row) {
        return lats.get(row + 1);
    }

    double west(int col) {
        return lons.get(col);
    }

    double east(int col) {
        return lons.get(col + 1);
    }

    /** The centre of a cell. */
    GeoPoint centre(int row, int col) {
        return new GeoPoint((south(row) + north(row)) / 2, (west(col) + east(col)) / 2);
    }

    /** Planar metres between two points of the county (a county spans tens of kilometres). */
    double metres(GeoPoint a, GeoPoint b) {
        double dx = (a.longitude() - b.longitude()) * metresPerDegreeLongitude;
        double dy = (a.latitude() - b.latitude()) * METRES_PER_DEGREE_LATITUDE;
        return Math.hypot(dx, dy);
    }

    /** The cell holding {@code p}, as row × cols + col. */
    int cellOf(GeoPoint p) {
        return index(lats, p.latitude()) * cols() + index(lons, p.longitude());
    }

    private static int index(List<Double> lines, double value) {
        int found = Collections.binarySearch(lines, value);
        return found >= 0 ? found : -found - 2;
    }

    /** Adds grid lines until no two sites share a cell: between the two, across the wider of their offsets. */
    private void separate(List<Site> sites) {
        for (int round = 0; round < 10 * sites.size(); round++) {
            int[] pair = sharingPair(sites);
            if (pair.length == 0) {
                return;
            }
            GeoPoint a = sites.get(pair[0]).position();
            GeoPoint b = sites.get(pair[1]).position();
            double dx = Math.abs(a.longitude() - b.longitude()) * metresPerDegreeLongitude;
            double dy = Math.abs(a.latitude() - b.latitude()) * METRES_PER_DEGREE_LATITUDE;
            boolean split = dx >= dy
                    ? split(lons, a.longitude(), b.longitude()) || split(lats, a.latitude(), b.latitude())
                    : split(lats, a.latitude(), b.latitude()) || split(lons, a.longitude(), b.longitude());
            if (!split) {
                throw new IllegalStateException("Two demo schools stand at the same point " + a);
            }
        }
        throw new IllegalStateException("The demo schools could not be given a block each");
    }

    private int[] sharingPair(List<Site> sites) {
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Integer earlier = first.putIfAbsent(cellOf(sites.get(i).position()), i);
            if (earlier != null) {
                return new int[] {earlier, i};
            }
        }
        return new int[0];
    }

    private static boolean split(List<Double> lines, double a, double b) {
        double line = round6((a + b) / 2);
        if (line <= Math.min(a, b) || line >= Math.max(a, b)) {
            return false;
        }
        int at = Collections.binarySearch(lines, line);
        if (at >= 0) {
            return false;
        }
        lines.add(-at - 1, line);
        return true;
    }

    /** How far around a school the blocks reach: a county seat is built up, a village is a cluster of houses. */
    static double reachMetres(Location location) {
        return switch (location) {
            case URBAN -> 1_300;
            case TOWN -> 900;
            case RURAL -> 500;
        };
    }

    private void keepAround(List<Site> sites) {
        kept = new boolean[rows()][cols()];
        school = new boolean[rows() * cols()];
        for (Site site : sites) {
            school[cellOf(site.position())] = true;
        }
        for (Site site : sites) {
            double reach = reachMetres(site.location());
            GeoPoint p = site.position();
            int r0 = Math.max(0, index(lats, p.latitude() - reach / METRES_PER_DEGREE_LATITUDE));
            int r1 = Math.min(rows() - 1, index(lats, p.latitude() + reach / METRES_PER_DEGREE_LATITUDE));
            int c0 = Math.max(0, index(lons, p.longitude() - reach / metresPerDegreeLongitude));
            int c1 = Math.min(cols() - 1, index(lons, p.longitude() + reach / metresPerDegreeLongitude));
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    kept[r][c] |= metres(centre(r, c), p) <= reach;
                }
            }
            int cell = cellOf(p);
            keep(cell);
            // The blocks around a school are kept, so that its zone can always leave it through a block of houses.
            for (int next : steps(cell)) {
                keep(next);
            }
        }
    }

    private void keep(int cell) {
        kept[cell / cols()][cell % cols()] = true;
    }

    private boolean isKept(int cell) {
        return kept[cell / cols()][cell % cols()];
    }

    /** The cells sharing an edge with {@code cell}. */
    private int[] steps(int cell) {
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
    private void join(List<Site> sites) {
        int first = housesNextTo(cellOf(sites.getFirst().position()));
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
                    double d = metres(at, centreOf(to));
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
        return centre(cell / cols(), cell % cols());
    }

    /** Keeps the cells of a shortest strip from one cell to another that passes no school (a road with houses). */
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
    private void leaveOut(List<Site> sites, RandomDraws draws) {
        int houses = 0;
        for (int cell = 0; cell < rows() * cols(); cell++) {
            houses += isKept(cell) && !school[cell] ? 1 : 0;
        }
        int start = housesNextTo(cellOf(sites.getFirst().position()));
        for (int cell = 0; cell < rows() * cols(); cell++) {
            if (!isKept(cell) || school[cell] || cell == start || !draws.chance(LEFT_OUT)) {
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
