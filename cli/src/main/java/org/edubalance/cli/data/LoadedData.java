package org.edubalance.cli.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * The data a command evaluates, imported and selected.
 *
 * @param standard the rule pack
 * @param schools the school rows of every year held, only the chosen county's when {@code --county} was given
 * @param year the school year to evaluate (the one asked for, or the latest held)
 * @param inputs the county inputs of every county and year in the inputs file (empty without one)
 * @param inputsFile the county-inputs file used, or {@code null} when none was given or found
 * @param importedNanos {@link System#nanoTime} when the school file was imported
 * @param inputsReadNanos {@link System#nanoTime} when the county inputs were read too
 */
public record LoadedData(
        Standard standard,
        List<SchoolYear> schools,
        int year,
        List<CountyInputs> inputs,
        @Nullable Path inputsFile,
        long importedNanos,
        long inputsReadNanos) {
    public LoadedData {
        schools = List.copyOf(schools);
        inputs = List.copyOf(inputs);
    }

    /** The county inputs of school year {@code year}, by county. */
    public Map<RegionCode, CountyInputs> inputsByCounty(int year) {
        Map<RegionCode, CountyInputs> byCounty = new HashMap<>();
        for (CountyInputs ci : inputs) {
            if (ci.year() == year) {
                byCounty.put(ci.county(), ci);
            }
        }
        return byCounty;
    }

    /** Every school year held in the school data, oldest first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        schools.forEach(s -> years.add(s.year()));
        return List.copyOf(years);
    }
}
