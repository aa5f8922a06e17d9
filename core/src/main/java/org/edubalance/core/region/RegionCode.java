package org.edubalance.core.region;

import java.util.regex.Pattern;

/**
 * A six-digit national administrative division code (行政区划代码) of a county-level division.
 *
 * <p>The first two digits name the province and the first four the city, so roll-ups need no lookup table.
 *
 * @param value six ASCII digits, e.g. {@code "130102"}
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public RegionCode {
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A county code has six digits, got '" + value + "'");
        }
    }

    /** Whether {@code candidate} is a well-formed county code; importers use this to report instead of throw. */
    public static boolean isWellFormed(String candidate) {
        return SIX_DIGITS.matcher(candidate).matches();
    }

    /** The two-digit province prefix followed by {@code 0000}, e.g. {@code 130000}. */
    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    /** The four-digit city prefix followed by {@code 00}, e.g. {@code 130100}. */
    public String cityCode() {
        return value.substring(0, 4) + "00";
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
