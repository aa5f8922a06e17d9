package org.edubalance.core.demo;

import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.SchoolYear;

/**
 * Synthetic school rows and county inputs, labelled as demo data: every province name ends in
 * {@value DemoDataGenerator#SYNTHETIC_LABEL} and every county input's source is
 * {@value DemoDataGenerator#INPUT_SOURCE}. Their distributions are anchored on national figures and the 2017
 * thresholds as {@link DemoDataGenerator} describes.
 *
 * @param schools one row per school and school year, ordered by year, then county code, then school code
 * @param countyInputs one entry per county and school year, in the same order; about one county in eight lacks some
 *     inputs on purpose, so the evaluator reports it as incomplete
 */
public record DemoData(List<SchoolYear> schools, List<CountyInputs> countyInputs) {

    public DemoData {
        schools = List.copyOf(schools);
        countyInputs = List.copyOf(countyInputs);
    }
}
