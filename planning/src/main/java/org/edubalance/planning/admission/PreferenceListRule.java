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
        int[] rest = index.round.policy().coordination()
                ? coordinationChunk(child, Long.MIN_VALUE, Integer.MAX_VALUE)
                : new int[0];
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
     * The next coordination schools of {@code child} after the one whose key is {@code after}: at most {@code limit},
     * nearest first, skipping the choices and the zone list.
     */
    int[] coordinationChunk(int child, long after, int limit) {
        int[] choices = index.choices[child];
        int[] zone = zoneList(child);
        for (int s : choices) {
            excluded[s] = true;
        }
        for (int s : zone) {
            excluded[s] = true;
        }
        long[] best = new long[Math.min(limit, index.coordination.length)];
        Home home = home(child);
        int n = 0;
        if (limit >= index.coordination.length) {
            for (int s : index.coordination) {
                if (!excluded[s]) {
                    long key = key(home, s);
                    if (key > after) {
                        best[n++] = key;
                    }
                }
            }
            Arrays.sort(best, 0, n);
        }
        for (int s : limit >= index.coordination.length ? new int[0] : index.coordination) {
            if (excluded[s]) {
                continue;
            }
            long key = key(home, s);
            if (key <= after || (n == best.length && key >= best[n - 1])) {
                continue;
            }
            int at = n == best.length ? n - 1 : n++;
            while (at > 0 && best[at - 1] > key) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = key;
        }
        for (int s : choices) {
            excluded[s] = false;
        }
        for (int s : zone) {
            excluded[s] = false;
        }
        int[] schools = new int[n];
        for (int i = 0; i < n; i++) {
            schools[i] = school(best[i]);
        }
        return schools;
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
                rest = coordinationChunk(child, Long.MIN_VALUE, Integer.MAX_VALUE);
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
