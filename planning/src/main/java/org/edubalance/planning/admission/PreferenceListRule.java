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

    /** The first chunk of a child's coordination part: most children placed there are placed within it. */
    private static final int CHUNK = 32;

    private final RoundIndex index;
    private final boolean[] excluded;
    /** Each school's half latitude and half longitude, their sines and cosines (for {@link #approximateRoot}). */
    private final double[] sinHalfPhi;

    private final double[] cosHalfPhi;
    private final double[] sinHalfLambda;
    private final double[] cosHalfLambda;
    /** The positioned coordination schools by latitude, and their latitudes (for {@link #nearest}). */
    private final int[] byLatitude;

    private final double[] latitudes;

    PreferenceListRule(RoundIndex index) {
        this.index = index;
        this.excluded = new boolean[index.schoolCount];
        int n = index.schoolCount;
        sinHalfPhi = new double[n];
        cosHalfPhi = new double[n];
        sinHalfLambda = new double[n];
        cosHalfLambda = new double[n];
        for (int s = 0; s < n; s++) {
            sinHalfPhi[s] = StrictMath.sin(index.phi[s] / 2);
            cosHalfPhi[s] = StrictMath.cos(index.phi[s] / 2);
            sinHalfLambda[s] = StrictMath.sin(index.lambda[s] / 2);
            cosHalfLambda[s] = StrictMath.cos(index.lambda[s] / 2);
        }
        byLatitude = Arrays.stream(index.coordination)
                .filter(s -> index.positioned[s])
                .boxed()
                .sorted(java.util.Comparator.comparingDouble(s -> index.phi[s]))
                .mapToInt(Integer::intValue)
                .toArray();
        latitudes = new double[byLatitude.length];
        for (int i = 0; i < byLatitude.length; i++) {
            latitudes[i] = index.phi[byLatitude[i]];
        }
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
     * position after, by code; all by code when the child has no position): the chunks of {@link #coordinationChunk}
     * one after the other.
     */
    int[] coordinationList(int child) {
        int[] zone = zoneList(child);
        int[] all = new int[0];
        long[] after = {FIRST};
        while (after[0] != DONE) {
            int[] chunk = coordinationChunk(child, zone, after);
            int n = all.length;
            all = Arrays.copyOf(all, n + chunk.length);
            System.arraycopy(chunk, 0, all, n, chunk.length);
        }
        return all;
    }

    /** The state of a child's coordination part before its first chunk. */
    static final long FIRST = -1;
    /** The state once the last chunk of a child's coordination part was given. */
    static final long DONE = Long.MAX_VALUE;

    /**
     * The next schools of part (3) after the state {@code after[0]} ({@link #FIRST} to begin), which it advances
     * ({@link #DONE} with the last chunk).
     *
     * <p>Most children that reach this part are placed within its first few schools, so sorting all 3,000 schools of a
     * province for each of them would be wasted (and holding the sorted lists took a quarter of the heap). A chunk is
     * the nearest {@link #CHUNK} or so schools beyond the previous chunk, picked with a bounded heap; the state is the
     * sort key of the last school given. Schools are picked by √a, the haversine's inner value (the distance grows with
     * it): cheap, as every school's half-angle sines and cosines are computed once, and within 1e-15 of the exact √a
     * (the sine of a difference from the sines and cosines of its terms). Only where two neighbours lie within a few
     * millimetres of each other — where their rounded distances could be equal and the code would decide — are the
     * exact keys computed and the run re-sorted; a chunk ends only between two such runs, so a run is never split.
     */
    int[] coordinationChunk(int child, int[] zone, long[] after) {
        if (after[0] == DONE) {
            return new int[0];
        }
        int[] choices = index.choices[child];
        for (int s : choices) {
            excluded[s] = true;
        }
        for (int s : zone) {
            excluded[s] = true;
        }
        try {
            Home home = home(child);
            if (home == null) {
                after[0] = DONE;
                int[] schools = new int[index.coordination.length];
                int n = 0;
                for (int s : index.coordination) {
                    if (!excluded[s]) {
                        schools[n++] = s;
                    }
                }
                return Arrays.copyOf(schools, n);
            }
            if (index.schoolCount > SCHOOL_BITS) {
                after[0] = DONE;
                return byExactKey(home);
            }
            Home halves = home.withHalfAngles();
            for (int wanted = CHUNK; ; wanted *= 2) {
                int[] chunk = nearest(halves, after, wanted);
                if (chunk != null) {
                    return chunk;
                }
            }
        } finally {
            for (int s : choices) {
                excluded[s] = false;
            }
            for (int s : zone) {
                excluded[s] = false;
            }
        }
    }

    /** Every positioned coordination school by exact key, then the others by code (beyond 2^20 schools). */
    private int[] byExactKey(Home home) {
        long[] keys = new long[index.coordination.length];
        int n = 0;
        for (int s : index.coordination) {
            if (!excluded[s]) {
                keys[n++] = key(home, s);
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
     * The next chunk from the {@code wanted} nearest positioned schools beyond {@code after[0]}: its complete runs, or
     * all of them and the schools without a position when no more remain; {@code null} when the wanted ones are a
     * single run that may go on beyond them (the caller asks for more).
     */
    private int @Nullable [] nearest(Home home, long[] after, int wanted) {
        long[] heap = new long[wanted];
        int size = 0;
        int remaining = 0;
        boolean pruned = false;
        long beyond = after[0];
        // The schools in order of their latitude's distance from the home's, so that once the heap is full the rest
        // can be left out as soon as the latitude alone puts them beyond its farthest (√a ≥ |sin(Δφ/2)|).
        int below = Arrays.binarySearch(latitudes, home.phi);
        below = below < 0 ? -below - 2 : below;
        int above = below + 1;
        while (below >= 0 || above < latitudes.length) {
            int s;
            if (above >= latitudes.length || below >= 0 && home.phi - latitudes[below] <= latitudes[above] - home.phi) {
                s = byLatitude[below--];
            } else {
                s = byLatitude[above++];
            }
            if (excluded[s]) {
                continue;
            }
            if (size == wanted) {
                double bound = Math.abs(sinHalfPhi[s] * home.cosHalfPhi - cosHalfPhi[s] * home.sinHalfPhi);
                // Margins for the arithmetic's last bits and the key's truncated ones.
                if (bound * (1 - 1e-9) - 1e-15 > root(heap[0])) {
                    pruned = true;
                    break;
                }
            }
            // √a ≥ 0, so its bits order as the value; the low bits make room for the school (an error of 2^-32
            // relative, well below a millimetre at any distance on Earth).
            long key = (Double.doubleToRawLongBits(approximateRoot(home, s)) & ~SCHOOL_BITS) | s;
            if (key <= beyond) {
                continue;
            }
            remaining++;
            if (size < wanted) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key < heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        if (pruned) {
            remaining = Math.max(remaining, size + 1);
        }
        Arrays.sort(heap, 0, size);
        int end = size;
        if (remaining > size) {
            // The last run may go on among the schools not picked: end the chunk before it.
            end = size - 1;
            while (end > 0 && !apart(heap, end)) {
                end--;
            }
            if (end == 0) {
                return null;
            }
        }
        int[] schools = new int[end + (remaining > size ? 0 : index.coordination.length)];
        int n = 0;
        int runStart = 0;
        for (int i = 1; i <= end; i++) {
            if (i == end || apart(heap, i)) {
                n = emit(home, heap, runStart, i, schools, n);
                runStart = i;
            }
        }
        if (remaining > size) {
            after[0] = heap[end - 1] | SCHOOL_BITS;
            return schools;
        }
        for (int s : index.coordination) {
            if (!excluded[s] && !index.positioned[s]) {
                schools[n++] = s;
            }
        }
        after[0] = DONE;
        return Arrays.copyOf(schools, n);
    }

    /**
     * Whether the schools at {@code i - 1} and {@code i} of the sorted keys are more than 3 mm apart, so that they round
     * to different millimetres whatever the last bits of either √a.
     */
    private static boolean apart(long[] keys, int i) {
        return 2 * HomeDistance.EARTH_RADIUS_KM * (root(keys[i]) - root(keys[i - 1])) > NEAR_KM;
    }

    /**
     * √a of the haversine from the child's home to {@code school}, from the half-angles' sines and cosines: sin((φ2 −
     * φ1)/2) = sin(φ2/2)·cos(φ1/2) − cos(φ2/2)·sin(φ1/2), within 1e-15 of the {@link StrictMath} value, only for the
     * order (the exact key decides wherever that could matter).
     */
    private double approximateRoot(Home home, int school) {
        double halfDPhi = sinHalfPhi[school] * home.cosHalfPhi - cosHalfPhi[school] * home.sinHalfPhi;
        double halfDLambda = sinHalfLambda[school] * home.cosHalfLambda - cosHalfLambda[school] * home.sinHalfLambda;
        return Math.sqrt(halfDPhi * halfDPhi + home.cosPhi * index.cosPhi[school] * (halfDLambda * halfDLambda));
    }

    /** A max-heap of keys: the farthest picked school on top. */
    private static void siftUp(long[] heap, int at) {
        long key = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] >= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    private static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                break;
            }
            int right = left + 1;
            int larger = right < size && heap[right] > heap[left] ? right : left;
            if (heap[larger] <= key) {
                break;
            }
            heap[at] = heap[larger];
            at = larger;
        }
        heap[at] = key;
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

    /**
     * A home in radians with its latitude's cosine; the half-angles' sines and cosines (for {@link #approximateRoot})
     * only once {@link #withHalfAngles} computed them, as only the coordination part needs them.
     */
    record Home(
            double phi,
            double cosPhi,
            double lambda,
            double sinHalfPhi,
            double cosHalfPhi,
            double sinHalfLambda,
            double cosHalfLambda) {
        Home(double phi, double cosPhi, double lambda) {
            this(phi, cosPhi, lambda, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }

        Home withHalfAngles() {
            return new Home(
                    phi,
                    cosPhi,
                    lambda,
                    StrictMath.sin(phi / 2),
                    StrictMath.cos(phi / 2),
                    StrictMath.sin(lambda / 2),
                    StrictMath.cos(lambda / 2));
        }
    }

    int school(long key) {
        return (int) (key % index.schoolCount);
    }

    /** The lazy walk of every child down its list, one position per proposal. */
    final class Walk {
        private final int[] position = new int[index.childCount];
        private final int[][] zone = new int[index.childCount][];
        /** The child's current chunk of its coordination part, where it starts in that part, and the state after it. */
        private final int[][] chunk = new int[index.childCount][];

        private final int[] chunkFrom = new int[index.childCount];
        private final long[] after = new long[index.childCount];

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
                after[child] = FIRST;
            }
            while (rest == null || r >= chunkFrom[child] + rest.length) {
                // A child rejected by every school so far: the next nearest schools of its coordination part.
                if (after[child] == DONE) {
                    return -1;
                }
                int from = rest == null ? 0 : chunkFrom[child] + rest.length;
                long[] state = {after[child]};
                rest = coordinationChunk(child, z, state);
                after[child] = state[0];
                chunk[child] = rest;
                chunkFrom[child] = from;
            }
            return rest[r - chunkFrom[child]];
        }

        /** The 1-based position of the child's last proposal. */
        int rank(int child) {
            return position[child];
        }
    }
}
