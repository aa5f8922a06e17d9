package org.edubalance.core.demo;

import java.util.ArrayList;
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

    private CellLinks links;

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
        int first = grid.cellOf(sites.getFirst().position());
        grid.links.join(first);
        grid.links.leaveOut(first, LEFT_OUT, draws);
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
        links = new CellLinks(this, kept, school);
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
            links.keep(cell);
            // The blocks around a school are kept, so that its zone can always leave it through a block of houses.
            for (int next : links.steps(cell)) {
                links.keep(next);
            }
        }
    }
}
