package org.edubalance.planning.zoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPolicy;

/** Test counties: blocks on a grid about 500 m apart, rook adjacency, schools on chosen cells. */
final class GridCounty {
    static final RegionCode COUNTY = new RegionCode("371002");

    private GridCounty() {}

    static ZoningPolicy policy(int horizonYears, double slack, Double maxKm) {
        return new ZoningPolicy("test", 1, horizonYears, slack, 1.0, maxKm, true);
    }

    static String id(int row, int col) {
        return String.format("B%02d%02d", row, col);
    }

    static SchoolCode school(int k) {
        return new SchoolCode(String.format("37100200%02d", k));
    }

    /** A block whose G1 entrants are {@code entrants} in every year from the data year on (ages 6 down to 0). */
    static Block block(int row, int col, int entrants) {
        List<Integer> ages = new ArrayList<>(Collections.nCopies(13, 0));
        for (int age = 0; age <= 6; age++) {
            ages.set(age, entrants);
        }
        return new Block(id(row, col), id(row, col), new GeoPoint(36.0 + row * 0.0045, 117.0 + col * 0.0056), ages);
    }

    /** Rook adjacency of the cells of {@code blocks}. */
    static BlockAdjacency rook(int rows, int cols) {
        List<BlockAdjacency.Pair> pairs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (r + 1 < rows) {
                    pairs.add(new BlockAdjacency.Pair(id(r, c), id(r + 1, c)));
                }
                if (c + 1 < cols) {
                    pairs.add(new BlockAdjacency.Pair(id(r, c), id(r, c + 1)));
                }
            }
        }
        return BlockAdjacency.of(pairs);
    }

    /**
     * A seeded rows × cols grid with {@code schools} schools on distinct random cells, each block 5–25 entrants, seats
     * about {@code seatShare} of the entrants spread by the schools' share of nearby children.
     */
    static ZoningArea random(int rows, int cols, int schools, double seatShare, long seed) {
        Random random = new Random(seed);
        List<Block> blocks = new ArrayList<>();
        int total = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int e = 5 + random.nextInt(21);
                total += e;
                blocks.add(block(r, c, e));
            }
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            cells.add(i);
        }
        Collections.shuffle(cells, random);
        List<ZoningAreaFactory.SchoolSite> sites = new ArrayList<>();
        int seatsEach = (int) Math.ceil(total * seatShare / schools);
        for (int k = 0; k < schools; k++) {
            int cell = cells.get(k);
            int seats = (int) Math.round(seatsEach * (0.8 + 0.4 * random.nextDouble()));
            sites.add(new ZoningAreaFactory.SchoolSite(school(k), seats, id(cell / cols, cell % cols), null));
        }
        int sum = sites.stream().mapToInt(ZoningAreaFactory.SchoolSite::seats).sum();
        if (sum < total) {
            var first = sites.getFirst();
            sites.set(
                    0,
                    new ZoningAreaFactory.SchoolSite(first.code(), first.seats() + total - sum, first.blockId(), null));
        }
        return ZoningAreaFactory.of(2025, COUNTY, EntryGrade.G1, blocks, rook(rows, cols), sites, policy(3, 0.0, null));
    }
}
