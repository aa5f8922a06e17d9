package org.edubalance.core.school;

/**
 * A WGS84 position in degrees.
 *
 * @param latitude -90..90
 * @param longitude -180..180
 */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a WGS84 position: " + latitude + ", " + longitude);
        }
    }
}
