package org.edubalance.planning.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.edubalance.core.school.GeoPoint;

/**
 * The distance rule of the preference lists (docs/planning/admission.md §4): great-circle kilometres by the haversine
 * formula (R = 6371.0088 km, {@link StrictMath} so every platform computes the same double), rounded to the millimetre
 * (6 decimals of a km, half up from the double's exact binary value) before schools are ordered by it.
 */
public final class HomeDistance {
    /** The mean Earth radius of the contract, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private static final double RADIANS = Math.PI / 180;

    private HomeDistance() {}

    /** The haversine distance between two positions, in km, unrounded. */
    public static double km(GeoPoint from, GeoPoint to) {
        return km(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    }

    /** As {@link #km(GeoPoint, GeoPoint)} on degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = radians(lat1);
        double phi2 = radians(lat2);
        return km(phi1, StrictMath.cos(phi1), radians(lon1), phi2, StrictMath.cos(phi2), radians(lon2));
    }

    /** Degrees to radians, multiplying by π/180 as the contract writes it (and Python's math.radians does). */
    static double radians(double degrees) {
        return degrees * RADIANS;
    }

    /**
     * The haversine on positions already in radians, each with its latitude's cosine, which a list of 300 schools
     * computes once instead of once per child: the same operations in the same order, so the same double.
     */
    static double km(double phi1, double cosPhi1, double lambda1, double phi2, double cosPhi2, double lambda2) {
        double halfDPhi = StrictMath.sin((phi2 - phi1) / 2);
        double halfDLambda = StrictMath.sin((lambda2 - lambda1) / 2);
        // The operations in the contract's order and grouping: sin²(Δφ/2) + (cos φ1 · cos φ2) · sin²(Δλ/2).
        double a = halfDPhi * halfDPhi + cosPhi1 * cosPhi2 * (halfDLambda * halfDLambda);
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1, StrictMath.sqrt(a)));
    }

    /**
     * √a of the haversine on positions in radians: the distance is 2R·asin(√a), which grows with √a, so schools sort by
     * it as by distance, without the arcsine.
     */
    static double root(double phi1, double cosPhi1, double lambda1, double phi2, double cosPhi2, double lambda2) {
        double halfDPhi = StrictMath.sin((phi2 - phi1) / 2);
        double halfDLambda = StrictMath.sin((lambda2 - lambda1) / 2);
        return StrictMath.sqrt(halfDPhi * halfDPhi + cosPhi1 * cosPhi2 * (halfDLambda * halfDLambda));
    }

    /**
     * {@code km} in whole millimetres (micro-km), rounded half up from the double's exact value: the value
     * {@code new BigDecimal(km).setScale(6, HALF_UP)} holds, as an integer.
     */
    public static long millimetres(double km) {
        double scaled = km * 1e6;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        // The product is rounded once: for any distance on Earth (below 2^35 mm) it is within 2e-6 of the exact
        // km × 10^6, so far from a half that cannot matter; near one only the exact decimal expansion decides.
        if (scaled < 0x1p35 && Math.abs(fraction - 0.5) > 1e-5) {
            return (long) floor + (fraction > 0.5 ? 1 : 0);
        }
        return new BigDecimal(km)
                .setScale(6, RoundingMode.HALF_UP)
                .unscaledValue()
                .longValueExact();
    }
}
