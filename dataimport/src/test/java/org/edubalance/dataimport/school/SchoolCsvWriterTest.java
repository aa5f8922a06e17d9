package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolCsvWriterTest {

    private final SchoolCsvWriter writer = new SchoolCsvWriter();
    private final SchoolImporter importer = new SchoolImporter();

    @TempDir
    Path dir;

    @Test
    void headerIsEveryEnglishIdInContractOrder() {
        assertThat(SchoolCsvWriter.header())
                .hasSize(46)
                .startsWith("year", "county_code", "county_name", "province_name", "city_name", "town_name")
                .contains("primary_pe_arts_teachers", "junior_students", "senior_students")
                .endsWith("public_funds_yuan", "training_funds_yuan", "certified_teachers");
    }

    @Test
    void importedFileWrittenAndImportedAgainIsEqual() throws IOException {
        List<SchoolYear> schools =
                importer.importFile(resource("schools-valid.csv")).schools();
        Path file = dir.resolve("schools.csv");

        writer.write(schools, file);

        assertThat(importer.importFile(file).schools()).isEqualTo(schools);
    }

    @Test
    void awkwardValuesRoundTripExactly() throws IOException {
        var county = new County(new RegionCode("130102"), "长安区", null, null);
        List<SchoolYear> schools = List.of(
                school(
                        county,
                        "A-1",
                        SchoolType.SPECIAL_EDUCATION,
                        SegmentFigures.NONE,
                        new SegmentFigures(12, 3, 6, 6, 2, 0, 1),
                        0),
                school(
                        county,
                        "A-2",
                        SchoolType.COMPLETE_SECONDARY,
                        SegmentFigures.NONE,
                        new SegmentFigures(640, 13, 50, 50, 30, 8, 6),
                        2_100));
        Path file = dir.resolve("awkward.csv");

        writer.write(schools, file);

        assertThat(importer.importFile(file).schools()).isEqualTo(schools);
    }

    @Test
    void leavesSegmentsTheTypeLacksBlankAndStartsWithAByteOrderMark() throws IOException {
        List<SchoolYear> schools =
                importer.importFile(resource("schools-valid.csv")).schools();
        Path file = dir.resolve("schools.csv");

        writer.write(schools.subList(0, 1), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).startsWith("\uFEFFyear,county_code,");
        assertThat(lines.get(1)).contains(",1850,40,98,96,60,18,14,,,,,,,,,12500.5,1800,15000,4200000,42,260,75000,");
    }

    private static SchoolYear school(
            County county, String code, SchoolType type, SegmentFigures primary, SegmentFigures junior, int senior) {
        return new SchoolYear(
                2024,
                county,
                null,
                new SchoolCode(code),
                "Name, with \"quotes\"",
                type,
                Location.RURAL,
                Ownership.PRIVATE,
                new GeoPoint(-33.868820, 151.209296),
                primary,
                junior,
                senior,
                new SharedAssets(1234.5678, 0.1, 1e-3, 12_345_678_901.23, 7, 120, 9_876_543),
                new SupplementaryFigures(null, 0, 1, null, 5, null, 7, null, 0.1 + 0.2, 1_750_123.0, null));
    }
}
