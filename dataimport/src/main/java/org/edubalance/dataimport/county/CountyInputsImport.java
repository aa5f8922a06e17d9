package org.edubalance.dataimport.county;

import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.dataimport.ImportReport;

/**
 * A county-inputs file imported without errors.
 *
 * @param inputs one entry per (county, year), ordered by county code then year
 * @param report the warnings found (never errors)
 */
public record CountyInputsImport(List<CountyInputs> inputs, ImportReport report) {
    public CountyInputsImport {
        inputs = List.copyOf(inputs);
        if (report.hasErrors()) {
            throw new IllegalArgumentException("An accepted import has no errors: " + report);
        }
    }
}
