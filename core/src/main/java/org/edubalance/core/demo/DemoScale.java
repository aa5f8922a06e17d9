package org.edubalance.core.demo;

/**
 * How much synthetic data to generate. Each scale is a prefix of the next: the county scale is the first county of
 * the city scale, the city the first city of the province, the province the first province of the nation.
 *
 * <p>Sizes are anchored on the national structure: about 2,900 county-level divisions (2,895 counties passed
 * basic-balance recognition by 2021, docs/standards.md S38c), about 8 counties a city and 120 a province, and about 60–70
 * schools a county, so the nation scale holds about 200,000 schools.
 */
public enum DemoScale {
    /** One county of about 60 schools. */
    COUNTY(1, 1, 1),
    /** One city of 8 counties. */
    CITY(1, 1, 8),
    /** One province of 15 cities, 120 counties. */
    PROVINCE(1, 15, 8),
    /** A nation of 24 provinces, 2,880 counties, about 200,000 schools. */
    NATION(24, 15, 8);

    private final int provinces;
    private final int citiesPerProvince;
    private final int countiesPerCity;

    DemoScale(int provinces, int citiesPerProvince, int countiesPerCity) {
        this.provinces = provinces;
        this.citiesPerProvince = citiesPerProvince;
        this.countiesPerCity = countiesPerCity;
    }

    public int provinces() {
        return provinces;
    }

    public int citiesPerProvince() {
        return citiesPerProvince;
    }

    public int countiesPerCity() {
        return countiesPerCity;
    }

    /** The number of counties generated at this scale. */
    public int counties() {
        return provinces * citiesPerProvince * countiesPerCity;
    }
}
