package org.edubalance.planning.admission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * The preference list of a child (docs/planning/admission.md §4): (1) the choices in order; (2) the public schools
 * with seats of the hukou and home zones not yet listed, nearest first; (3) with coordination, every other public
 * school with seats, nearest first. Distances are rounded to the millimetre; equal ones, and every school when the
 * child's home has no position, go by code; schools without a position come after those with one.
 *
 * <p>The mechanism builds the parts lazily: a child's zone part when its choices are exhausted, its coordination part
 * when its zones have rejected it, so that of a million children only those who need one hold a 300-school list.
 */
public final class PreferenceListRule {
    /** Beyond any rounded distance on Earth (about 2.0e10 mm); schools without a position sort after it. */
    private static final long NO_POSITION = 25_000_000_000L;
    /** The low bits of a √a key that hold the school: room for 2^20 schools. */
    private static final long SCHOOL_BITS = (1L << 20) - 1;
    /**
     * Two schools whose distances differ by more than this (3 mm) round to different millimetres, whatever the
     * arithmetic's last bits; closer ones get exact keys.
     */
    private static final double NEAR_KM = 3e-6;

    private final RoundIndex index;
    private final boolean[] excluded;

    PreferenceListRule(RoundIndex index) {
        this.index = index;
        this.excluded = new boolean[index.schoolCount];
    }

    /** The rule for {@code round}. */
    public static PreferenceListRule of(AdmissionRound round) {
        return new PreferenceListRule(new RoundIndex(round));
    }

    /** The full list of the child at {@code row} (0-based, file order), as school codes. */
    public List<SchoolCode> list(int row) {
        int[] schools = fullList(row);
        List<SchoolCode> codes = new ArrayList<>(schools.length);
        for (int s : schools) {
            codes.add(index.codes[s]);
        }
        return codes;
    }

    /** The full list, every part materialised (for the explanation and tests; the mechanism walks it lazily). */
    int[] fullList(int child) {
        int[] choices = index.choices[child];
        int[] zone = zoneList(child);
        int[] rest = index.round.policy().coordination() ? coordinationList(child) : new int[0];
        int[] all = Arrays.copyOf(choices, choices.length + zone.length + rest.length);
        System.arraycopy(zone, 0, all, choices.length, zone.length);
        System.arraycopy(rest, 0, all, choices.length + zone.length, rest.length);
        return all;
    }

    /** Part (2): the schools of the hukou and home zones with seats, not among the choices, nearest first. */
    int[] zoneList(int child) {
        int h = index.hukou[child];
        int m = index.home[child];
        int[] a = h >= 0 ? index.zoneSchools[h] : new int[0];
        int[] b = m >= 0 && m != h ? index.zoneSchools[m] : new int[0];
        int[] choices = index.choices[child];
        long[] keys = new long[a.length + b.length];
        Home home = home(child);
        int n = 0;
        for (int[] part : new int[][] {a, b}) {
            for (int s : part) {
                if (!RoundIndex.contains(choices, choices.length, s)) {
                    keys[n++] = key(home, s);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        int[] schools = new int[n];
        for (int i = 0; i < n; i++) {
            schools[i] = school(keys[i]);
        }
        return schools;
    }

    /**
     * Part (3): the public schools with seats not among the choices and the zone list, nearest first (schools without a
     * position after, by code; all by code when the child has no position).
     *
     * <p>Sorting 300 schools by rounded distance for each child that reaches this part would cost an arcsine and a
     * rounding per school. The distance grows with √a, the haversine's inner value, so the schools are sorted by √a
     * (two sines) and only where two neighbours lie within a few millimetres of each other — where their rounded
     * distances could be equal and the code would decide — are the exact keys computed and the run re-sorted.
     */
    int[] coordinationList(int child) {
        int[] choices = index.choices[child];
        int[] zone = zoneList(child);
        for (int s : choices) {
            excluded[s] = true;
        }
        for (int s : zone) {
            excluded[s] = true;
        }
        Home home = home(child);
        int[] schools = new int[index.coordination.length];
        int n = 0;
        if (home == null) {
            for (int s : index.coordination) {
                if (!excluded[s]) {
                    schools[n++] = s;
                }
            }
        } else if (index.schoolCount > SCHOOL_BITS) {
            long[] keys = new long[index.coordination.length];
            for (int s : index.coordination) {
                if (!excluded[s]) {
                    keys[n++] = key(home, s);
                }
            }
            Arrays.sort(keys, 0, n);
            for (int i = 0; i < n; i++) {
                schools[i] = school(keys[i]);
            }
        } else {
            n = byDistance(home, schools);
        }
        for (int s : choices) {
            excluded[s] = false;
        }
        for (int s : zone) {
            excluded[s] = false;
        }
        return n == schools.length ? schools : Arrays.copyOf(schools, n);
    }

    /** Fills {@code schools} with the positioned coordination schools by exact key, then the others by code. */
    private int byDistance(Home home, int[] schools) {
        long[] keys = new long[index.coordination.length];
        int positioned = 0;
        for (int s : index.coordination) {
            if (!excluded[s] && index.positioned[s]) {
                double root = HomeDistance.root(
                        home.phi, home.cosPhi, home.lambda, index.phi[s], index.cosPhi[s], index.lambda[s]);
                // √a ≥ 0, so its bits order as the value; the low bits make room for the school (an error of
                // 2^-40 relative, far below a millimetre).
                keys[positioned++] = (Double.doubleToRawLongBits(root) & ~SCHOOL_BITS) | s;
            }
        }
        Arrays.sort(keys, 0, positioned);
        int n = 0;
        int runStart = 0;
        for (int i = 1; i <= positioned; i++) {
            boolean apart =
                    i == positioned || 2 * HomeDistance.EARTH_RADIUS_KM * (root(keys[i]) - root(keys[i - 1])) > NEAR_KM;
            if (apart) {
                n = emit(home, keys, runStart, i, schools, n);
                runStart = i;
            }
        }
        for (int s : index.coordination) {
            if (!excluded[s] && !index.positioned[s]) {
                schools[n++] = s;
            }
        }
        return n;
    }

    /** Appends the schools of {@code keys[from, to)}, re-sorted by exact key when more than one is in the run. */
    private int emit(Home home, long[] keys, int from, int to, int[] schools, int n) {
        if (to - from == 1) {
            schools[n++] = (int) (keys[from] & SCHOOL_BITS);
            return n;
        }
        long[] exact = new long[to - from];
        for (int i = from; i < to; i++) {
            exact[i - from] = key(home, (int) (keys[i] & SCHOOL_BITS));
        }
        Arrays.sort(exact);
        for (long key : exact) {
            schools[n++] = school(key);
        }
        return n;
    }

    private static double root(long key) {
        return Double.longBitsToDouble(key & ~SCHOOL_BITS);
    }

    /** The sort key of {@code school} for a child at {@code home}: (no position, rounded distance, code) in one long. */
    long key(@Nullable Home home, int school) {
        if (home == null) {
            return school;
        }
        if (!index.positioned[school]) {
            return (NO_POSITION + 1) * index.schoolCount + school;
        }
        double km = HomeDistance.km(
                home.phi, home.cosPhi, home.lambda, index.phi[school], index.cosPhi[school], index.lambda[school]);
        return HomeDistance.millimetres(km) * index.schoolCount + school;
    }

    /** The child's home in radians, or {@code null} when it has no position. */
    @Nullable
    Home home(int child) {
        var position = index.children[child].home();
        if (position == null) {
            return null;
        }
        double phi = HomeDistance.radians(position.latitude());
        return new Home(phi, StrictMath.cos(phi), HomeDistance.radians(position.longitude()));
    }

    record Home(double phi, double cosPhi, double lambda) {}

    int school(long key) {
        return (int) (key % index.schoolCount);
    }

    /** The lazy walk of every child down its list, one position per proposal. */
    final class Walk {
        private final int[] position = new int[index.childCount];
        private final int[][] zone = new int[index.childCount][];
        private final int[][] chunk = new int[index.childCount][];

        /** The school at the child's next position, or -1 when its list is exhausted; the position advances. */
        int next(int child) {
            int p = position[child]++;
            int[] choices = index.choices[child];
            if (p < choices.length) {
                return choices[p];
            }
            if (zone[child] == null) {
                zone[child] = zoneList(child);
            }
            int q = p - choices.length;
            int[] z = zone[child];
            if (q < z.length) {
                return z[q];
            }
            if (!index.policy.coordination()) {
                return -1;
            }
            int r = q - z.length;
            int[] rest = chunk[child];
            if (rest == null) {
                // A child rejected by every school of its zones: its coordination list, sorted once.
                rest = coordinationList(child);
                chunk[child] = rest;
            }
            return r < rest.length ? rest[r] : -1;
        }

        /** The 1-based position of the child's last proposal. */
        int rank(int child) {
            return position[child];
        }
    }
}
