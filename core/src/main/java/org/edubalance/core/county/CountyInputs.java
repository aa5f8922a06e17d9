package org.edubalance.core.county;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.edubalance.core.region.RegionCode;

/**
 * All county-level inputs held for one county and year.
 *
 * @param county the county
 * @param year the school year the inputs describe
 * @param inputByName inputs keyed by their id
 */
public record CountyInputs(RegionCode county, int year, Map<String, CountyInput> inputByName) {

    public CountyInputs {
        inputByName = Map.copyOf(inputByName);
    }

    /** A county with no inputs given: every item that needs one is reported as missing. */
    public static CountyInputs none(RegionCode county, int year) {
        return new CountyInputs(county, year, Map.of());
    }

    public Optional<CountyInput> input(String name) {
        return Optional.ofNullable(inputByName.get(name));
    }

    /** The inputs in name order, for stable reports. */
    public Map<String, CountyInput> sorted() {
        return new TreeMap<>(inputByName);
    }
}
