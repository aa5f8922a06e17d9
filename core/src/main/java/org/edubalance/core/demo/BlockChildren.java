package org.edubalance.core.demo;

import org.edubalance.core.zoning.Block;
import org.jspecify.annotations.Nullable;

/**
 * Draws the children by age 0–12 of a county's demo blocks.
 *
 * <ul>
 *   <li>density: a block of the county seat houses several times the children of a town block, a village block a few,
 *       a block along the roads fewer still (log-normal around those);
 *   <li>the data year: each zone's children of the entry age are 80–99 % of its seats, the county's 87–93 % (some
 *       zones nearly full, most with room), for grade 1 at age 6 and grade 7 at age 12;
 *   <li>cohorts: the younger cohorts follow the national births since 2019, damped by half on the log scale (a county
 *       drawing young families from the villages), and each block's growth: new housing (several percent more children
 *       a year of age younger), villages emptying, the rest about steady. So a zone of new housing runs short of seats
 *       in a few years while village zones empty.
 * </ul>
 */
final class BlockChildren {
    /** Children of age 0–6 relative to age 6, before a block's own growth. */
    private static final double[] BIRTH_TREND = {0.77, 0.81, 0.785, 0.81, 0.85, 0.905, 1.0};

    private static final int GRADE_1_AGE = 6;
    private static final int GRADE_7_AGE = 12;

    private BlockChildren() {}

    /**
     * The current zones of one grade and their seats.
     *
     * @param zoneOfBlock the zone index of every block
     * @param seats the seats of every zone (the sum of its schools')
     */
    record ZoneSeats(int[] zoneOfBlock, double[] seats) {}

    /** The children by age of every block ({@code [block][age]}). */
    static int[][] draw(
            BlockKind[] kinds,
            double[] growth,
            @Nullable ZoneSeats grade1,
            @Nullable ZoneSeats grade7,
            RandomDraws draws) {
        int n = kinds.length;
        double[] base = new double[n];
        for (int b = 0; b < n; b++) {
            base[b] = switch (kinds[b]) {
                case URBAN -> draws.logNormal(30, 0.5);
                case TOWN -> draws.logNormal(12, 0.5);
                case VILLAGE -> draws.logNormal(5, 0.5);
                case ROAD -> draws.logNormal(1.5, 0.6);
            };
        }
        double[] atSix = base.clone();
        double[] f1 = calibrate(atSix, grade1, draws);
        double[] atTwelve = new double[n];
        for (int b = 0; b < n; b++) {
            atSix[b] = base[b] * f1[b];
            atTwelve[b] = atSix[b] * Math.pow(1 + growth[b], GRADE_1_AGE - GRADE_7_AGE);
        }
        double[] f7 = calibrate(atTwelve, grade7, draws);
        int[][] children = new int[n][Block.OLDEST_AGE + 1];
        for (int b = 0; b < n; b++) {
            for (int age = 0; age <= Block.OLDEST_AGE; age++) {
                double expected = age <= GRADE_1_AGE
                        ? atSix[b] * BIRTH_TREND[age] * Math.pow(1 + growth[b], GRADE_1_AGE - age)
                        : atSix[b]
                                * Math.pow(f7[b], (age - GRADE_1_AGE) / 6.0)
                                * Math.pow(1 + growth[b], GRADE_1_AGE - age);
                children[b][age] = (int) Math.round(expected * Math.max(0, draws.normal(1, 0.12)));
            }
        }
        return children;
    }

    /**
     * The factor of every block that brings each zone's children of the entry age ({@code children}) to 80–99 % of
     * its seats and the county's to 87–93 %; 1 for every block when the grade has no round.
     */
    private static double[] calibrate(double[] children, @Nullable ZoneSeats zones, RandomDraws draws) {
        double[] factor = new double[children.length];
        java.util.Arrays.fill(factor, 1);
        if (zones == null) {
            return factor;
        }
        int count = zones.seats().length;
        double[] inZone = new double[count];
        for (int b = 0; b < children.length; b++) {
            inZone[zones.zoneOfBlock()[b]] += children[b];
        }
        double[] zoneFactor = new double[count];
        double seats = 0;
        double reached = 0;
        for (int z = 0; z < count; z++) {
            zoneFactor[z] = inZone[z] > 0 ? draws.uniform(0.80, 0.99) * zones.seats()[z] / inZone[z] : 1;
            seats += zones.seats()[z];
            reached += inZone[z] * zoneFactor[z];
        }
        // Only a county that came out below 87 % or above 93 % is scaled back to that range: scaling every county would
        // push some zones over their seats, and a zone over its seats in the data year needs the planner to redraw it
        // along roads one block wide, where contiguity leaves it little room.
        double ratio = reached / seats;
        double county = reached > 0 ? Math.clamp(ratio, 0.87, 0.93) / ratio : 1;
        for (int b = 0; b < children.length; b++) {
            factor[b] = zoneFactor[zones.zoneOfBlock()[b]] * county;
        }
        return factor;
    }
}
