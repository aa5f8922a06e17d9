package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.SchoolYear;

/**
 * Generates synthetic, clearly labelled school data for demonstrations (docs/data-formats.md §3): provinces, cities and
 * counties with made-up but well-formed division codes, towns, schools with 10-digit codes and Chinese names, their
 * figures for one or more consecutive school years, and the county inputs the evaluation needs besides school rows.
 *
 * <p>Distributions are anchored on published figures so that a demo county looks and fails like a real one:
 *
 * <ul>
 *   <li>structure: about 2,900 counties of 60–70 schools; a county seat with the large urban schools, towns with a
 *       central primary and a junior or nine-year school, villages with small primary schools and teaching points;
 *       mostly primary schools and teaching points, rare private and special-education schools ({@link DemoScale});
 *   <li>enrolment and staffing: typical school sizes by type and urban/rural site, class sizes around 45–55 (urban,
 *       some 56+ big classes) and 25–40 (village), students per teacher around the national 1:17 (primary) and 1:13
 *       (junior), degree shares from the 2022 national statistics;
 *   <li>resources: backbone and PE/arts teachers, floor and sports area and equipment value drawn as log-normal
 *       factors around the 2017 thresholds R2–R6 (docs/standards.md §1.3), heavier-tailed in villages and small schools,
 *       multimedia rooms following the classes; so typical counties have some schools below thresholds and some
 *       per-indicator CVs over 0.50 / 0.45;
 *   <li>county inputs: mostly passing the government-guarantee, quality and recognition items, a few failing, and
 *       about one county in eight with some inputs left out.
 * </ul>
 *
 * <p>Deterministic: the same seed gives equal output. Each county draws from its own stream seeded by the generator
 * seed and its code, so a county is the same at every scale (the {@link DemoScale#COUNTY} scale is the first county of
 * the {@link DemoScale#CITY} scale, and so on) and a year's figures do not depend on how many years follow.
 */
public final class DemoDataGenerator {
    /** Appended to every province name, so synthetic data are labelled wherever a region is shown. */
    public static final String SYNTHETIC_LABEL = "（演示）";

    /** The source of every generated county input. */
    public static final String INPUT_SOURCE = "synthetic demo";

    private final long seed;

    /** A generator whose output is a function of {@code seed} alone. */
    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * One school year of demo data.
     *
     * @param scale how many counties to generate
     * @param year the school year by its starting calendar year (2025 = 2025–26)
     */
    public DemoData generate(DemoScale scale, int year) {
        return generate(scale, year, 1);
    }

    /**
     * Consecutive school years for the same schools: enrolment drifts (falling primary cohorts, urbanisation),
     * staffing follows, and schools receive buildings, sports grounds and equipment over time. The first year equals
     * {@link #generate(DemoScale, int)} for {@code firstYear}.
     *
     * @param scale how many counties to generate
     * @param firstYear the first school year by its starting calendar year
     * @param years how many years, at least 1
     * @throws IllegalArgumentException when {@code years < 1}
     */
    public DemoData generate(DemoScale scale, int firstYear, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("At least one school year is generated, got " + years);
        }
        List<DemoCounty> counties = new RegionLayout(seed).counties(scale);
        List<CountyGenerator.Output> outputs = counties.parallelStream()
                .map(county -> CountyGenerator.generate(county, seed, firstYear, years))
                .toList();
        int rowsPerYear = outputs.stream()
                .mapToInt(output -> output.rowsByYear().getFirst().size())
                .sum();
        List<SchoolYear> schools = new ArrayList<>(rowsPerYear * years);
        List<CountyInputs> countyInputs = new ArrayList<>(counties.size() * years);
        for (int y = 0; y < years; y++) {
            for (CountyGenerator.Output output : outputs) {
                schools.addAll(output.rowsByYear().get(y));
                countyInputs.add(output.inputsByYear().get(y));
            }
        }
        return new DemoData(schools, countyInputs);
    }
}
