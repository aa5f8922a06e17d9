package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;

/**
 * Lays out synthetic provinces, cities and counties with well-formed division codes in a range no real province uses:
 * province prefixes 72–80 and 83–97 (real ones stop at 65, plus 71, 81 and 82), cities {@code 01}–{@code 15}, and
 * counties {@code 21}–{@code 28} (the 县 part of the real numbering).
 */
final class RegionLayout {
    private static final int FIRST_COUNTY_SUFFIX = 21;

    private final long seed;

    RegionLayout(long seed) {
        this.seed = seed;
    }

    /** The counties of {@code scale} in code order. */
    List<DemoCounty> counties(DemoScale scale) {
        List<DemoCounty> counties = new ArrayList<>(scale.counties());
        for (int p = 1; p <= scale.provinces(); p++) {
            int provincePrefix = provincePrefix(p);
            RandomDraws provinceDraws = new RandomDraws(RandomDraws.seedFor(seed, provincePrefix * 10_000L));
            double provinceLatitude = provinceDraws.uniform(24, 42);
            double provinceLongitude = provinceDraws.uniform(102, 122);
            String provinceName = String.format(Locale.ROOT, "示范省%02d%s", p, DemoDataGenerator.SYNTHETIC_LABEL);
            for (int c = 1; c <= scale.citiesPerProvince(); c++) {
                int cityPrefix = provincePrefix * 100 + c;
                RandomDraws cityDraws = new RandomDraws(RandomDraws.seedFor(seed, cityPrefix * 100L));
                double cityLatitude = provinceLatitude + cityDraws.uniform(-1.5, 1.5);
                double cityLongitude = provinceLongitude + cityDraws.uniform(-1.5, 1.5);
                String cityName = String.format(Locale.ROOT, "示范市%02d", c);
                for (int k = 1; k <= scale.countiesPerCity(); k++) {
                    String code = String.format(Locale.ROOT, "%04d%02d", cityPrefix, FIRST_COUNTY_SUFFIX + k - 1);
                    RandomDraws countyDraws = new RandomDraws(RandomDraws.seedFor(seed, Long.parseLong(code) * 7));
                    int serialInProvince = (c - 1) * scale.countiesPerCity() + k;
                    String countyName = String.format(Locale.ROOT, "示范县%03d", serialInProvince);
                    County county = new County(new RegionCode(code), countyName, cityName, provinceName);
                    GeoPoint centre = new GeoPoint(
                            cityLatitude + countyDraws.uniform(-0.5, 0.5),
                            cityLongitude + countyDraws.uniform(-0.5, 0.5));
                    counties.add(new DemoCounty(county, centre));
                }
            }
        }
        return counties;
    }

    /** Province prefixes 72, 73, …, 80, 83, …, 97: well formed, unused by real divisions. */
    private static int provincePrefix(int ordinal) {
        int prefix = 71 + ordinal;
        return prefix <= 80 ? prefix : prefix + 2;
    }
}
