package org.edubalance.benchmark.zoning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPolicy;
import org.edubalance.core.zoning.ZoningSchool;

/**
 * Seeded synthetic zoning areas of the sizes issue 12 names: a county of 1,500 blocks and 60 schools (a 30 × 50 grid)
 * and a city of 10,000 blocks and 300 schools (100 × 100).
 *
 * <ul>
 *   <li>blocks: a grid 450 m apart, each block's position moved up to 120 m either way (a perturbed grid); blocks touch
 *       their neighbours in the row and the column (rook adjacency), so the graph is connected;
 *   <li>children: a log-normal density around a median of 8 a year of age, raised up to fourfold around a few centres
 *       (towns), each block's cohorts growing or shrinking by a few percent a year of age;
 *   <li>schools: one per tile of an even tiling of the grid, in a random block of its tile (spread out), its own
 *       position within 60 m of its block's;
 *   <li>seats: each school's share of the entrants of the blocks nearest to it (the most of the horizon years), times
 *       0.85–1.30, scaled to 1.1 × the area's entrants in the horizon's fullest year: some schools have room, the
 *       others must pass blocks on to their neighbours;
 *   <li>policy: the national one with a horizon of 3 years (grade 1, the plan year the data year + 1, no slack, no
 *       distance limit, contiguous zones).
 * </ul>
 */
public final class ZoningInstances {
    public static final RegionCode COUNTY = new RegionCode("990112");
    public static final int YEAR = 2025;
    public static final ZoningPolicy POLICY = new ZoningPolicy("national", 1, 3, 0.0, 1.0, null, true);

    private static final double SPACING_KM = 0.45;
    private static final double JITTER_KM = 0.12;
    private static final double KM_PER_DEGREE_LATITUDE = 110.574;

    private ZoningInstances() {}

    /** 1,500 blocks (30 × 50) and 60 schools (6 × 10 tiles). */
    public static ZoningArea county(long seed) {
        return of(seed, 30, 50, 6, 10);
    }

    /** 10,000 blocks (100 × 100) and 300 schools (15 × 20 tiles). */
    public static ZoningArea city(long seed) {
        return of(seed, 100, 100, 15, 20);
    }

    /** An area of {@code rows × cols} blocks and {@code tileRows × tileCols} schools. */
    public static ZoningArea of(long seed, int rows, int cols, int tileRows, int tileCols) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + rows * 31L + cols);
        double kmPerDegreeLongitude = 111.320 * Math.cos(Math.toRadians(30));
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < Math.max(2, rows * cols / 800); i++) {
            centres.add(
                    new double[] {random.nextDouble() * rows, random.nextDouble() * cols, 2 + random.nextDouble() * 6});
        }
        List<Block> blocks = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double north = r * SPACING_KM + (random.nextDouble() * 2 - 1) * JITTER_KM;
                double east = c * SPACING_KM + (random.nextDouble() * 2 - 1) * JITTER_KM;
                GeoPoint at = new GeoPoint(
                        round6(30 + north / KM_PER_DEGREE_LATITUDE), round6(114 + east / kmPerDegreeLongitude));
                blocks.add(new Block(
                        blockId(r * cols + c, rows * cols),
                        "地块" + (r * cols + c + 1),
                        at,
                        children(random, density(centres, r, c))));
            }
        }
        List<BlockAdjacency.Pair> pairs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String id = blocks.get(r * cols + c).id();
                if (c + 1 < cols) {
                    pairs.add(new BlockAdjacency.Pair(
                            id, blocks.get(r * cols + c + 1).id()));
                }
                if (r + 1 < rows) {
                    pairs.add(new BlockAdjacency.Pair(
                            id, blocks.get((r + 1) * cols + c).id()));
                }
            }
        }
        List<Integer> schoolBlocks = new ArrayList<>();
        for (int tr = 0; tr < tileRows; tr++) {
            for (int tc = 0; tc < tileCols; tc++) {
                int r0 = tr * rows / tileRows;
                int r1 = (tr + 1) * rows / tileRows;
                int c0 = tc * cols / tileCols;
                int c1 = (tc + 1) * cols / tileCols;
                schoolBlocks.add(random.nextInt(r0, r1) * cols + random.nextInt(c0, c1));
            }
        }
        List<ZoningSchool> schools = schools(blocks, schoolBlocks, random, kmPerDegreeLongitude);
        return new ZoningArea(YEAR, COUNTY, EntryGrade.G1, blocks, BlockAdjacency.of(pairs), schools, POLICY);
    }

    private static double density(List<double[]> centres, int r, int c) {
        double raise = 1;
        for (double[] centre : centres) {
            double d2 = (centre[0] - r) * (centre[0] - r) + (centre[1] - c) * (centre[1] - c);
            raise += 3 * Math.exp(-d2 / (2 * centre[2] * centre[2]));
        }
        return Math.min(raise, 4);
    }

    private static List<Integer> children(SplittableRandom random, double raise) {
        double base = 8 * raise * Math.exp(0.6 * random.nextGaussian());
        double growth = Math.clamp(0.04 * random.nextGaussian(), -0.1, 0.1);
        List<Integer> children = new ArrayList<>(Block.OLDEST_AGE + 1);
        for (int age = 0; age <= Block.OLDEST_AGE; age++) {
            double expected = base * Math.pow(1 + growth, 6 - age) * Math.max(0, 1 + 0.1 * random.nextGaussian());
            children.add((int) Math.round(expected));
        }
        return children;
    }

    private static List<ZoningSchool> schools(
            List<Block> blocks, List<Integer> schoolBlocks, SplittableRandom random, double kmPerDegreeLongitude) {
        List<Integer> horizon = List.of(YEAR + 1, YEAR + 2, YEAR + 3);
        double[] demand = new double[schoolBlocks.size()];
        double[] byYear = new double[horizon.size()];
        for (Block b : blocks) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int j = 0; j < schoolBlocks.size(); j++) {
                GeoPoint s = blocks.get(schoolBlocks.get(j)).position();
                double dLat = s.latitude() - b.position().latitude();
                double dLon =
                        (s.longitude() - b.position().longitude()) * kmPerDegreeLongitude / KM_PER_DEGREE_LATITUDE;
                double d = dLat * dLat + dLon * dLon;
                if (d < best) {
                    best = d;
                    nearest = j;
                }
            }
            double most = 0;
            for (int t = 0; t < horizon.size(); t++) {
                double entrants = Entrants.of(b, YEAR, horizon.get(t), EntryGrade.G1, 1.0);
                byYear[t] += entrants;
                most = Math.max(most, entrants);
            }
            demand[nearest] += most;
        }
        double[] share = new double[demand.length];
        double shares = 0;
        for (int j = 0; j < demand.length; j++) {
            share[j] = demand[j] * (0.85 + 0.45 * random.nextDouble());
            shares += share[j];
        }
        double fullest = java.util.Arrays.stream(byYear).max().orElseThrow();
        List<ZoningSchool> schools = new ArrayList<>(demand.length);
        for (int j = 0; j < demand.length; j++) {
            Block home = blocks.get(schoolBlocks.get(j));
            int ownBlockMost = horizon.stream()
                    .mapToInt(y -> home.children(Entrants.ageCounted(YEAR, y, EntryGrade.G1)))
                    .max()
                    .orElseThrow();
            int seats = (int) Math.max(ownBlockMost + 1, Math.round(1.1 * fullest * share[j] / shares));
            GeoPoint at = new GeoPoint(
                    round6(home.position().latitude() + (random.nextDouble() * 2 - 1) * 0.06 / KM_PER_DEGREE_LATITUDE),
                    round6(home.position().longitude() + (random.nextDouble() * 2 - 1) * 0.06 / kmPerDegreeLongitude));
            String serial = Integer.toString(j + 1);
            schools.add(new ZoningSchool(
                    new SchoolCode(COUNTY.value() + "0".repeat(4 - serial.length()) + serial), seats, home.id(), at));
        }
        return schools;
    }

    private static String blockId(int index, int count) {
        String serial = Integer.toString(index + 1);
        int width = Integer.toString(count).length();
        return "B" + "0".repeat(Math.max(0, width - serial.length())) + serial;
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
