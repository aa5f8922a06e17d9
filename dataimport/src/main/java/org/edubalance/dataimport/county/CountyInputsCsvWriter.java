package org.edubalance.dataimport.county;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.dataimport.table.CsvTableWriter;

/**
 * Writes county inputs as a county-inputs file that {@link CountyInputsImporter} reads back to equal values: UTF-8 with
 * a byte-order mark, header {@code county_code,year,input,value,source}, one row per input in the order given, inputs
 * of one county and year by id.
 */
public final class CountyInputsCsvWriter {

    /** Writes {@code counties} to {@code file}, replacing it. */
    public void write(List<CountyInputs> counties, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(List.of(
                    CountyInputColumn.COUNTY_CODE.id(),
                    CountyInputColumn.YEAR.id(),
                    CountyInputColumn.INPUT.id(),
                    CountyInputColumn.VALUE.id(),
                    CountyInputColumn.SOURCE.id()));
            for (CountyInputs county : counties) {
                for (CountyInput input : county.sorted().values()) {
                    String source = input.source();
                    writer.writeRow(List.of(
                            county.county().value(),
                            Integer.toString(county.year()),
                            input.name(),
                            input.rawValue(),
                            source == null ? "" : source));
                }
            }
        }
    }
}
