package org.edubalance.dataimport.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.table.XlsxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of the zoning files, each broken once in a real file and reported at file, row, column, value, code. */
class ZoningImporterTest {
    private static final String BLOCKS_HEADER = "year,county_code,block_id,block_name,latitude,longitude,"
            + "children_age_0,children_age_1,children_age_2,children_age_3,children_age_4,children_age_5,"
            + "children_age_6,children_age_7,children_age_8,children_age_9,children_age_10,children_age_11,"
            + "children_age_12\n";
    private static final RegionCode COUNTY = new RegionCode("371002");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static String block(String id, String position, int children) {
        return "2025,371002," + id + ",小区" + id + "," + position + ("," + children).repeat(13) + "\n";
    }

    private static ImportIssue only(ImportRejectedException e) {
        assertThat(e.report().errors()).hasSize(1);
        return e.report().errors().getFirst();
    }

    @Test
    void blocksAreReadWithTheirChildrenByAgeAndPosition() throws IOException {
        Path blocks = file(
                "blocks.csv",
                BLOCKS_HEADER + "2025,371002,B1,东城,36.5,117.1,0,1,2,3,4,5,6,7,8,9,10,11,12\n" + block("B2", ",", 3));
        BlockFile file = new ZoningImporter().importBlocks(blocks);
        Block b1 = file.blocks(2025, COUNTY).getFirst();
        assertThat(b1.name()).isEqualTo("东城");
        assertThat(b1.position()).isEqualTo(new GeoPoint(36.5, 117.1));
        assertThat(b1.children(6)).isEqualTo(6);
        assertThat(b1.children(12)).isEqualTo(12);
        Block b2 = file.blocks(2025, COUNTY).get(1);
        assertThat(b2.position()).isNull();
        assertThat(file.years()).containsExactly(2025);
        assertThat(file.counties(2025)).containsExactly("371002");
    }

    @Test
    void chineseHeadersAreAccepted() throws IOException {
        StringBuilder header = new StringBuilder("学年,县级行政区划代码,地块编号,地块名称");
        for (int age = 0; age <= 12; age++) {
            header.append(',').append(age).append("岁儿童数");
        }
        Path blocks = file("地块.csv", header + "\n2025,371002,B1,东城" + ",1".repeat(13) + "\n");
        assertThat(new ZoningImporter().importBlocks(blocks).blocks(2025, COUNTY))
                .hasSize(1);
    }

    @Test
    void aWorkbookIsReadLikeTheCsvAndItsErrorsNameTheSheet() throws IOException {
        List<Object> header = new ArrayList<>(List.of("year", "county_code", "block_id"));
        List<Object> good = new ArrayList<>(List.of(2025, "371002", "B1"));
        List<Object> bad = new ArrayList<>(List.of(2025, "371002", "B2"));
        for (int age = 0; age <= 12; age++) {
            header.add("children_age_" + age);
            good.add(age);
            bad.add(age == 3 ? "三" : age);
        }
        Path ok = XlsxFixtures.write(dir.resolve("blocks.xlsx"), "地块", List.of(header, good));
        assertThat(new ZoningImporter()
                        .importBlocks(ok)
                        .blocks(2025, COUNTY)
                        .getFirst()
                        .children(7))
                .isEqualTo(7);
        Path broken = XlsxFixtures.write(dir.resolve("bad.xlsx"), "地块", List.of(header, good, bad));
        var e = catchThrowableOfType(ImportRejectedException.class, () -> new ZoningImporter().importBlocks(broken));
        assertThat(only(e))
                .extracting(
                        ImportIssue::sheet,
                        ImportIssue::row,
                        ImportIssue::column,
                        ImportIssue::value,
                        ImportIssue::code)
                .containsExactly("地块", 3L, "children_age_3", "三", ImportIssueCode.IMP_030);
    }

    @Test
    void imp200DuplicateBlock() throws IOException {
        Path blocks = file("blocks.csv", BLOCKS_HEADER + block("B1", ",", 1) + block("B1", ",", 2));
        var e = catchThrowableOfType(ImportRejectedException.class, () -> new ZoningImporter().importBlocks(blocks));
        assertThat(only(e))
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly("blocks.csv", 3L, "block_id", "B1", ImportIssueCode.IMP_200);
    }

    @Test
    void childrenAreWholeNumbersNeverNegative() throws IOException {
        Path blocks = file(
                "blocks.csv",
                BLOCKS_HEADER + "2025,371002,B1,,,,1,1,1,1,1,1,-1,1,1,1,1,1,1\n"
                        + "2025,371002,B2,,,,1,1,1,1,1,1,2.5,1,1,1,1,1,1\n");
        var e = catchThrowableOfType(ImportRejectedException.class, () -> new ZoningImporter().importBlocks(blocks));
        assertThat(e.report().errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(
                        tuple(2L, "children_age_6", ImportIssueCode.IMP_032),
                        tuple(3L, "children_age_6", ImportIssueCode.IMP_031));
    }

    @Test
    void imp201AdjacencyNamesAnUnknownBlock() throws IOException {
        Path adjacency = file("adjacency.csv", "block_id,neighbour_id\nB1,B2\nB2,B9\n");
        var e = catchThrowableOfType(
                ImportRejectedException.class,
                () -> new ZoningImporter().importAdjacency(adjacency, Set.of("B1", "B2")));
        assertThat(only(e))
                .extracting(
                        ImportIssue::file, ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly("adjacency.csv", 3L, "neighbour_id", "B9", ImportIssueCode.IMP_201);
    }

    @Test
    void adjacencyRepeatsAndSelfPairsAreIgnored() throws IOException {
        Path adjacency = file("adjacency.csv", "block_id,neighbour_id\nB1,B2\nB2,B1\nB1,B2\nB3,B3\nB2,B3\n");
        BlockAdjacency graph = new ZoningImporter().importAdjacency(adjacency, Set.of("B1", "B2", "B3"));
        assertThat(graph.pairCount()).isEqualTo(2);
        assertThat(graph.neighbours("B3")).containsExactly("B2");
    }

    private Map<String, String> blockZones(String rows) throws IOException {
        Path file = file("block_zones.csv", "year,county_code,entry_grade,block_id,zone_id\n" + rows);
        return new ZoningImporter()
                .importBlockZones(file, 2025, COUNTY, EntryGrade.G1, Set.of("B1", "B2"), Set.of("Z1", "Z2"));
    }

    @Test
    void blockZonesGiveEachBlocksZoneOfTheRound() throws IOException {
        // The G7 row and the other year's row are read but belong to other rounds.
        assertThat(blockZones("2025,371002,G1,B1,Z1\n2025,371002,G1,B2,Z2\n2025,371002,G7,B1,Z9\n"
                        + "2024,371002,G1,B7,Z1\n"))
                .containsExactly(Map.entry("B1", "Z1"), Map.entry("B2", "Z2"));
    }

    @Test
    void imp202ZonedBlockNotInTheBlocksFile() {
        var e = catchThrowableOfType(
                ImportRejectedException.class,
                () -> blockZones("2025,371002,G1,B1,Z1\n2025,371002,G1,B2,Z2\n2025,371002,G1,B3,Z2\n"));
        assertThat(only(e))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(4L, "block_id", "B3", ImportIssueCode.IMP_202);
    }

    @Test
    void imp203BlockZoneNotInTheZonesFile() {
        var e = catchThrowableOfType(
                ImportRejectedException.class, () -> blockZones("2025,371002,G1,B1,Z1\n2025,371002,G1,B2,Z3\n"));
        assertThat(only(e))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(3L, "zone_id", "Z3", ImportIssueCode.IMP_203);
    }

    @Test
    void imp204BlockInMoreThanOneZone() {
        var e = catchThrowableOfType(
                ImportRejectedException.class,
                () -> blockZones("2025,371002,G1,B1,Z1\n2025,371002,G1,B2,Z2\n2025,371002,G1,B1,Z2\n"));
        assertThat(only(e))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(4L, "block_id", "B1", ImportIssueCode.IMP_204);
    }

    @Test
    void imp205BlockInNoZone() {
        var e = catchThrowableOfType(ImportRejectedException.class, () -> blockZones("2025,371002,G1,B1,Z1\n"));
        assertThat(only(e))
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(3L, "block_id", "B2", ImportIssueCode.IMP_205);
    }
}
