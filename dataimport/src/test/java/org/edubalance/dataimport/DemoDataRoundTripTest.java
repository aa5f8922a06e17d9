package org.edubalance.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.dataimport.county.CountyInputsCsvWriter;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code edubalance demo} writes, {@code evaluate} must read back unchanged and without errors. */
class DemoDataRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void demoCityWrittenAndImportedIsEqual() throws IOException {
        DemoData demo = new DemoDataGenerator(42).generate(DemoScale.CITY, 2025);
        Path schools = dir.resolve("schools.csv");
        Path inputs = dir.resolve("county-inputs.csv");

        new SchoolCsvWriter().write(demo.schools(), schools);
        new CountyInputsCsvWriter().write(demo.countyInputs(), inputs);

        assertThat(new SchoolImporter().importFile(schools).schools()).isEqualTo(demo.schools());
        assertThat(new CountyInputsImporter().importFile(inputs).inputs()).isEqualTo(demo.countyInputs());
    }
}
