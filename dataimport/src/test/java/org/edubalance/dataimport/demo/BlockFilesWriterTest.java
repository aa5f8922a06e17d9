package org.edubalance.dataimport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.demo.BlockGenerator;
import org.edubalance.core.demo.DemoBlocks;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoEnrolment;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.EnrolmentGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.zoning.BlockFile;
import org.edubalance.dataimport.zoning.BlockPolygonReader;
import org.edubalance.dataimport.zoning.BlockPolygons;
import org.edubalance.dataimport.zoning.ZoningImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's zoning files, written and read back through the importers the zoning commands use: no error, the polygons
 * touching exactly as the adjacency file says, every school of a round in a block of its own, every block zoned.
 */
class BlockFilesWriterTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void theDemoCountysZoningFilesImportWithoutErrorAndAgree() throws IOException {
        List<SchoolYear> schools =
                new DemoDataGenerator(3).generate(DemoScale.COUNTY, YEAR).schools();
        DemoEnrolment rounds = new EnrolmentGenerator(3)
                .generate(schools, List.of(DemoEnrolment.EntryGrade.G1, DemoEnrolment.EntryGrade.G7));
        DemoBlocks blocks = new BlockGenerator(3).generate(schools, rounds);
        EnrolmentCsvWriter.write(rounds, blocks.schoolBlocks(), dir);
        BlockFilesWriter.write(blocks, dir);
        assertThat(dir.resolve("adjacency.csv")).exists();
        assertThat(dir.resolve("blocks.geojson")).exists();

        checkCounty(blocks.counties().getFirst(), "adjacency.csv", "blocks.geojson", schools);
    }

    @Test
    void aDemoOfSeveralCountiesWritesTheAdjacencyAndPolygonsOfEachCountyApart() throws IOException {
        List<SchoolYear> schools =
                new DemoDataGenerator(4).generate(DemoScale.CITY, YEAR).schools();
        DemoEnrolment rounds = new EnrolmentGenerator(4)
                .generate(schools, List.of(DemoEnrolment.EntryGrade.G1, DemoEnrolment.EntryGrade.G7));
        DemoBlocks blocks = new BlockGenerator(4).generate(schools, rounds);
        EnrolmentCsvWriter.write(rounds, blocks.schoolBlocks(), dir);
        BlockFilesWriter.write(blocks, dir);

        assertThat(dir.resolve("adjacency.csv")).doesNotExist();
        int counties = blocks.counties().size();
        assertThat(counties).isGreaterThan(1);
        for (DemoBlocks.County county :
                List.of(blocks.counties().getFirst(), blocks.counties().getLast())) {
            checkCounty(
                    county,
                    BlockFilesWriter.adjacencyFile(county.county(), counties),
                    BlockFilesWriter.polygonFile(county.county(), counties),
                    schools);
        }
    }

    private void checkCounty(
            DemoBlocks.County written, String adjacencyFile, String polygonFile, List<SchoolYear> schools)
            throws IOException {
        RegionCode county = written.county();
        var importer = new ZoningImporter();
        BlockFile blockFile = importer.importBlocks(dir.resolve(BlockFilesWriter.BLOCKS));
        assertThat(blockFile.report().issues()).isEmpty();
        List<Block> blocks = blockFile.blocks(YEAR, county);
        assertThat(blocks).isEqualTo(written.blocks());
        Set<String> ids = blocks.stream().map(Block::id).collect(Collectors.toSet());

        BlockAdjacency adjacency = importer.importAdjacency(dir.resolve(adjacencyFile), ids);
        BlockPolygons polygons = new BlockPolygonReader().read(dir.resolve(polygonFile));
        assertThat(polygons.ids()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(polygons.adjacency().pairs()).isEqualTo(adjacency.pairs());
        assertThat(adjacency.pairCount()).isGreaterThanOrEqualTo(ids.size() - 1);
        for (Block b : blocks) {
            assertThat(polygons.names()).containsEntry(b.id(), b.name());
            assertThat(polygons.centroids().get(b.id()).latitude())
                    .isCloseTo(b.position().latitude(), org.assertj.core.data.Offset.offset(2e-6));
            assertThat(polygons.centroids().get(b.id()).longitude())
                    .isCloseTo(b.position().longitude(), org.assertj.core.data.Offset.offset(2e-6));
        }

        List<SchoolYear> inCounty =
                schools.stream().filter(s -> s.county().code().equals(county)).toList();
        AdmissionFiles admission = new AdmissionImporter()
                .importSeatsAndZones(
                        dir.resolve(EnrolmentCsvWriter.SEATS), dir.resolve(EnrolmentCsvWriter.ZONES), schools);
        Set<String> publicSchools = new HashSet<>();
        inCounty.stream()
                .filter(s -> s.ownership() == Ownership.PUBLIC)
                .forEach(s -> publicSchools.add(s.code().value()));
        for (EntryGrade grade : EntryGrade.values()) {
            Set<String> zones = admission.zones().stream()
                    .filter(z -> z.year() == YEAR && z.county().equals(county) && z.grade() == grade)
                    .map(AdmissionFiles.ZoneRow::zoneId)
                    .collect(Collectors.toSet());
            Map<String, String> zoneOf = importer.importBlockZones(
                    dir.resolve(BlockFilesWriter.BLOCK_ZONES), YEAR, county, grade, ids, zones);
            assertThat(zoneOf.keySet()).isEqualTo(ids);
            Map<String, String> schoolOfBlock = new HashMap<>();
            admission.seats().stream()
                    .map(AdmissionFiles.SeatRow::offer)
                    .filter(o -> o.county().equals(county) && o.grade() == grade)
                    .filter(o ->
                            o.seats() > 0 && publicSchools.contains(o.school().value()))
                    .forEach(o -> {
                        assertThat(o.blockId()).as(o.school().value()).isIn(ids);
                        assertThat(schoolOfBlock.put(o.blockId(), o.school().value()))
                                .as(o.blockId())
                                .isNull();
                    });
            assertThat(schoolOfBlock).isNotEmpty();
        }
    }
}
