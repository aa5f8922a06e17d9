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

    PlainPreferenceLists(
            Map<String, AdmissionSchool> schools,
            Map<String, List<AdmissionSchool>> zoneMembers,
            List<AdmissionSchool> publicWithSeats,
            boolean coordination) {
        this.schools = schools;
        this.zoneMembers = zoneMembers;
        this.publicWithSeats = publicWithSeats;
        this.coordination = coordination;
    }

    /**
     * The child's list: choices, then the hukou and home zones' schools, then (with coordination) the other public
     * schools; the last part only when the placement lies in it or the child is unplaced.
     */
    List<AdmissionSchool> of(Applicant child, @Nullable Integer rank) {
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
        double toRadians = Math.PI / 180;
        double phi1 = a.latitude() * toRadians;
        double phi2 = b.latitude() * toRadians;
        double sinLat = StrictMath.sin((phi2 - phi1) / 2);
        double sinLon = StrictMath.sin((b.longitude() * toRadians - a.longitude() * toRadians) / 2);
        double h = sinLat * sinLat + StrictMath.cos(phi1) * StrictMath.cos(phi2) * (sinLon * sinLon);
        double km = 2 * 6371.0088 * StrictMath.asin(Math.min(1, StrictMath.sqrt(h)));
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
