package org.edubalance.planning.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.admission.AdmissionSchool;
import org.edubalance.core.admission.Applicant;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * The checker's own preference lists (docs/planning/admission.md §4), built the plain way: every part materialised
 * and sorted with a comparator, distances computed per pair. It shares no code with {@link PreferenceListRule}.
 */
final class PlainPreferenceLists {
    private final Map<String, AdmissionSchool> schools;
    private final Map<String, List<AdmissionSchool>> zoneMembers;
    private final List<AdmissionSchool> publicWithSeats;
    private final boolean coordination;
    /**
     * The positioned public schools with seats, by their points' z (the sine of the latitude), with their points on
     * the unit sphere (x, y, z) in the same order.
     */
    private final AdmissionSchool[] byHeight;

    private final double[][] points;
    private final double[] heights;

    PlainPreferenceLists(
            Map<String, AdmissionSchool> schools,
            Map<String, List<AdmissionSchool>> zoneMembers,
            List<AdmissionSchool> publicWithSeats,
            boolean coordination) {
        this.schools = schools;
        this.zoneMembers = zoneMembers;
        this.publicWithSeats = publicWithSeats;
        this.coordination = coordination;
        this.byHeight = publicWithSeats.stream()
                .filter(s -> s.position() != null)
                .sorted(Comparator.comparingDouble(s -> point(s.position())[2]))
                .toArray(AdmissionSchool[]::new);
        this.points = new double[byHeight.length][];
        this.heights = new double[byHeight.length];
        for (int i = 0; i < byHeight.length; i++) {
            points[i] = point(byHeight[i].position());
            heights[i] = points[i][2];
        }
    }

    /**
     * The child's list: choices, then the hukou and home zones' schools, then (with coordination) the other public
     * schools; the last part only when the placement lies in it or the child is unplaced, and for a child placed there
     * only up to its placement (see {@link #ahead}) when the stated position is right.
     */
    List<AdmissionSchool> of(Applicant child, @Nullable Integer rank, @Nullable SchoolCode placed) {
        List<AdmissionSchool> list = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (SchoolCode code : child.choices()) {
            AdmissionSchool s = schools.get(code.value());
            if (s != null && s.seats() > 0 && listed.add(code.value())) {
                list.add(s);
            }
        }
        List<AdmissionSchool> zone = new ArrayList<>();
        for (String z : new LinkedHashSet<>(java.util.Arrays.asList(child.hukouZone(), child.homeZone()))) {
            if (z != null) {
                for (AdmissionSchool s : zoneMembers.getOrDefault(z, List.of())) {
                    if (!listed.contains(s.code().value())) {
                        zone.add(s);
                    }
                }
            }
        }
        sortNearest(zone, child.home());
        for (AdmissionSchool s : zone) {
            listed.add(s.code().value());
            list.add(s);
        }
        if (coordination && (rank == null || rank > list.size())) {
            if (rank != null && placed != null) {
                List<AdmissionSchool> ahead = ahead(child.home(), listed, placed, rank - 1 - list.size());
                if (ahead != null) {
                    list.addAll(ahead);
                    return list;
                }
            }
            List<AdmissionSchool> rest = new ArrayList<>();
            for (AdmissionSchool s : publicWithSeats) {
                if (!listed.contains(s.code().value())) {
                    rest.add(s);
                }
            }
            sortNearest(rest, child.home());
            list.addAll(rest);
        }
        return list;
    }

    /**
     * The coordination part up to {@code placed}: the schools of the part that come before it, nearest first, then it;
     * {@code null} unless exactly {@code before} schools come before it (the caller then builds the whole part, and
     * the check names what differs).
     *
     * <p>A child placed in this part is mostly placed among its first few schools; sorting all 3,000 public schools of
     * a province for each such child cost most of the check. A school comes before the placement when its key (no
     * position, distance in mm, code) is smaller; which side of the placement's distance a school lies on is seen on
     * the squared chord between the two points on the unit sphere (4 sin²(d / 2R), which grows with the distance),
     * and only for schools within a centimetre of that distance is the exact key computed.
     */
    private @Nullable List<AdmissionSchool> ahead(
            @Nullable GeoPoint home, Set<String> listed, SchoolCode placed, int before) {
        AdmissionSchool target = schools.get(placed.value());
        if (target == null || target.privateSchool() || target.seats() <= 0 || listed.contains(placed.value())) {
            return null;
        }
        List<AdmissionSchool> ahead = new ArrayList<>();
        if (home == null || target.position() == null) {
            for (AdmissionSchool s : publicWithSeats) {
                boolean first = home != null && s.position() != null;
                if (!listed.contains(s.code().value())
                        && (first
                                || (s.position() == null || home == null)
                                        && s.code().compareTo(placed) < 0)) {
                    ahead.add(s);
                }
            }
        } else {
            double km = km(home, target.position());
            long mm = millimetres(km);
            double[] from = point(home);
            double slack = 1e-5;
            double near = km - slack < 0 ? -1 : squaredChord(km - slack);
            double far = squaredChord(km + slack);
            // A school within the chord differs from the home in height (z) by at most the chord: only the band of
            // the schools sorted by height around the home's can be before the placement.
            double band = Math.sqrt(far) * (1 + 1e-9) + 1e-15;
            for (int i = firstAtLeast(heights, from[2] - band);
                    i < heights.length && heights[i] <= from[2] + band;
                    i++) {
                double[] at = points[i];
                double dx = at[0] - from[0];
                double dy = at[1] - from[1];
                double dz = at[2] - from[2];
                double chord = dx * dx + dy * dy + dz * dz;
                AdmissionSchool s = byHeight[i];
                if (chord > far || s == target || listed.contains(s.code().value())) {
                    continue;
                }
                if (chord < near) {
                    ahead.add(s);
                } else {
                    long other = millimetres(km(home, s.position()));
                    if (other < mm || other == mm && s.code().compareTo(placed) < 0) {
                        ahead.add(s);
                    }
                }
            }
        }
        if (ahead.size() != before) {
            return null;
        }
        sortNearest(ahead, home);
        ahead.add(target);
        return ahead;
    }

    /** The first index of the ascending {@code values} holding {@code value} or more ({@code values.length} if none). */
    private static int firstAtLeast(double[] values, double value) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A position as a point on the unit sphere. */
    private static double[] point(GeoPoint at) {
        double toRadians = Math.PI / 180;
        double phi = at.latitude() * toRadians;
        double lambda = at.longitude() * toRadians;
        return new double[] {
            StrictMath.cos(phi) * StrictMath.cos(lambda),
            StrictMath.cos(phi) * StrictMath.sin(lambda),
            StrictMath.sin(phi)
        };
    }

    /** The squared chord on the unit sphere of a great-circle distance of {@code km}. */
    private static double squaredChord(double km) {
        double half = StrictMath.sin(km / (2 * 6371.0088));
        return 4 * half * half;
    }

    /** Sorts by (no position, distance to 6 decimals, code); by code alone when the home has no position. */
    private static void sortNearest(List<AdmissionSchool> list, @Nullable GeoPoint home) {
        if (home == null) {
            list.sort(Comparator.comparing(AdmissionSchool::code));
            return;
        }
        record Keyed(AdmissionSchool school, boolean far, long mm) {}
        List<Keyed> keyed = new ArrayList<>(list.size());
        for (AdmissionSchool s : list) {
            keyed.add(new Keyed(s, s.position() == null, s.position() == null ? 0 : millimetres(home, s.position())));
        }
        keyed.sort((x, y) -> x.far() != y.far()
                ? Boolean.compare(x.far(), y.far())
                : x.mm() != y.mm()
                        ? Long.compare(x.mm(), y.mm())
                        : x.school().code().compareTo(y.school().code()));
        list.clear();
        keyed.forEach(k -> list.add(k.school()));
    }

    /** The haversine distance in whole millimetres: km to 6 decimals, half up from the double's exact value. */
    private static long millimetres(GeoPoint a, GeoPoint b) {
        return millimetres(km(a, b));
    }

    /** The haversine distance in km. */
    private static double km(GeoPoint a, GeoPoint b) {
        double toRadians = Math.PI / 180;
        double phi1 = a.latitude() * toRadians;
        double phi2 = b.latitude() * toRadians;
        double sinLat = StrictMath.sin((phi2 - phi1) / 2);
        double sinLon = StrictMath.sin((b.longitude() * toRadians - a.longitude() * toRadians) / 2);
        double h = sinLat * sinLat + StrictMath.cos(phi1) * StrictMath.cos(phi2) * (sinLon * sinLon);
        return 2 * 6371.0088 * StrictMath.asin(Math.min(1, StrictMath.sqrt(h)));
    }

    /** {@code km} in whole millimetres: 6 decimals, half up from the double's exact value. */
    private static long millimetres(double km) {
        // The exact decimal expansion decides only within a hair of a half millimetre; elsewhere the nearest
        // millimetre of the double product is the same (a distance on Earth keeps the product's error < 1e-5).
        double mm = km * 1e6;
        double below = Math.floor(mm);
        if (Math.abs(mm - below - 0.5) > 1e-4) {
            return (long) (mm - below > 0.5 ? below + 1 : below);
        }
        return new BigDecimal(km)
                .setScale(6, RoundingMode.HALF_UP)
                .unscaledValue()
                .longValueExact();
    }
}
