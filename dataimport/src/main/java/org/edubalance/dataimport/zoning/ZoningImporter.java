package org.edubalance.dataimport.zoning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.planinput.FileRows;
import org.edubalance.dataimport.planinput.PlanningFileCells;
import org.edubalance.dataimport.zoning.BlockFile.BlockRow;
import org.jspecify.annotations.Nullable;

/**
 * Imports the zoning files (docs/planning/zoning.md §1), each all or nothing with every error located by file, row,
 * column, value and rule: {@code blocks.csv} (the file rules, children counts whole and ≥ 0, a block once per year and
 * county: {@link ImportIssueCode#IMP_200}), {@code adjacency.csv} (both blocks known: {@link ImportIssueCode#IMP_201};
 * repeated pairs and self-pairs ignored) and {@code block_zones.csv} for one round (the block known: {@link
 * ImportIssueCode#IMP_202}; the zone in the zones file: {@link ImportIssueCode#IMP_203}; once: {@link
 * ImportIssueCode#IMP_204}; every block zoned: {@link ImportIssueCode#IMP_205}).
 */
public final class ZoningImporter {
    private static final BlockColumn[] AGES = java.util.stream.IntStream.rangeClosed(0, Block.OLDEST_AGE)
            .mapToObj(age -> BlockColumn.valueOf("CHILDREN_AGE_" + age))
            .toArray(BlockColumn[]::new);

    /**
     * Imports {@code blocks.csv}.
     *
     * @throws ImportRejectedException with every error when there is one
     */
    public BlockFile importBlocks(Path file) {
        var issues = ImportReport.builder();
        FileRows<BlockColumn, BlockRow> rows = FileRows.read(file, BlockColumn.class, issues, ZoningImporter::block);
        Map<String, Long> firstRow = new HashMap<>();
        for (BlockRow row : rows.rows()) {
            String key =
                    row.year() + "/" + row.county().value() + "/" + row.block().id();
            Long first = firstRow.putIfAbsent(key, row.row());
            if (first != null) {
                issues.add(rows.issue(
                        row.row(),
                        BlockColumn.BLOCK_ID,
                        row.block().id(),
                        ImportIssueCode.IMP_200,
                        "Block '" + row.block().id() + "' is already on row " + first + " for " + row.year() + ", "
                                + row.county() + ". Maybe a row was copied twice; one row per block."));
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new BlockFile(rows.rows(), issues.build());
    }

    /**
     * Imports {@code adjacency.csv} against the ids of the county's blocks: a row naming another id is an error.
     *
     * @throws ImportRejectedException with every error when there is one
     */
    public BlockAdjacency importAdjacency(Path file, Set<String> blockIds) {
        var issues = ImportReport.builder();
        FileRows<AdjacencyColumn, Pair> rows = FileRows.read(file, AdjacencyColumn.class, issues, c -> {
            String block = c.required(AdjacencyColumn.BLOCK_ID);
            String neighbour = c.required(AdjacencyColumn.NEIGHBOUR_ID);
            return block == null || neighbour == null ? null : new Pair(c.rowNumber(), block, neighbour);
        });
        List<BlockAdjacency.Pair> pairs = new ArrayList<>();
        for (Pair pair : rows.rows()) {
            boolean known = known(rows, pair.row(), AdjacencyColumn.BLOCK_ID, pair.block(), blockIds, issues);
            known &= known(rows, pair.row(), AdjacencyColumn.NEIGHBOUR_ID, pair.neighbour(), blockIds, issues);
            if (known) {
                pairs.add(new BlockAdjacency.Pair(pair.block(), pair.neighbour()));
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return BlockAdjacency.of(pairs);
    }

    /**
     * Imports {@code block_zones.csv} and returns the zone of each block of one round; every row's cells are checked,
     * the rules across files for the round's rows only.
     *
     * @param blockIds the ids of the county's blocks in the year
     * @param zoneIds the zones of the round in the zones file
     * @return the zone id of each block of the round, by block id in file order
     * @throws ImportRejectedException with every error when there is one
     */
    public Map<String, String> importBlockZones(
            Path file, int year, RegionCode county, EntryGrade grade, Set<String> blockIds, Set<String> zoneIds) {
        var issues = ImportReport.builder();
        FileRows<BlockZoneColumn, ZoneOfBlock> rows =
                FileRows.read(file, BlockZoneColumn.class, issues, ZoningImporter::zoneOfBlock);
        Map<String, String> zoneOf = new LinkedHashMap<>();
        Map<String, Long> firstRow = new HashMap<>();
        long lastRow = 0;
        for (ZoneOfBlock row : rows.rows()) {
            lastRow = Math.max(lastRow, row.row());
            if (row.year() != year || !row.county().equals(county) || row.grade() != grade) {
                continue;
            }
            if (!blockIds.contains(row.block())) {
                issues.add(rows.issue(
                        row.row(),
                        BlockZoneColumn.BLOCK_ID,
                        row.block(),
                        ImportIssueCode.IMP_202,
                        "Block '" + row.block() + "' is not in the blocks file for " + year + ", " + county
                                + ". Maybe a typo, or the blocks file is of another year."));
            }
            if (!zoneIds.contains(row.zone())) {
                issues.add(rows.issue(
                        row.row(),
                        BlockZoneColumn.ZONE_ID,
                        row.zone(),
                        ImportIssueCode.IMP_203,
                        "Zone '" + row.zone() + "' is not in the zones file for " + year + ", " + county + ", " + grade
                                + ". Maybe a typo; the zones file lists each zone's schools."));
            }
            Long first = firstRow.putIfAbsent(row.block(), row.row());
            if (first != null) {
                issues.add(rows.issue(
                        row.row(),
                        BlockZoneColumn.BLOCK_ID,
                        row.block(),
                        ImportIssueCode.IMP_204,
                        "Block '" + row.block() + "' is already in zone '" + zoneOf.get(row.block()) + "' on row "
                                + first + "; a block is in exactly one zone of the grade. Maybe delete this row."));
            } else {
                zoneOf.put(row.block(), row.zone());
            }
        }
        for (String block : blockIds) {
            if (!zoneOf.containsKey(block)) {
                // Located after the last row: the row that is missing would go there.
                issues.add(rows.issue(
                        lastRow + 1,
                        BlockZoneColumn.BLOCK_ID,
                        block,
                        ImportIssueCode.IMP_205,
                        "Block '" + block + "' of " + county + " has no zone for " + year + ", " + grade
                                + ": its children would be counted nowhere. Maybe add a row for it."));
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return zoneOf;
    }

    private boolean known(
            FileRows<AdjacencyColumn, Pair> rows,
            long row,
            AdjacencyColumn column,
            String id,
            Set<String> blockIds,
            ImportReport.Builder issues) {
        if (blockIds.contains(id)) {
            return true;
        }
        issues.add(rows.issue(
                row,
                column,
                id,
                ImportIssueCode.IMP_201,
                "Block '" + id + "' is not in the blocks file of the county. Maybe a typo, or the adjacency file is"
                        + " of another county."));
        return false;
    }

    private static @Nullable BlockRow block(PlanningFileCells<BlockColumn> c) {
        int year = c.year(BlockColumn.YEAR);
        RegionCode county = c.county(BlockColumn.COUNTY_CODE);
        String id = c.required(BlockColumn.BLOCK_ID);
        String name = c.optional(BlockColumn.BLOCK_NAME);
        GeoPoint position = c.position(BlockColumn.LATITUDE, BlockColumn.LONGITUDE);
        List<Integer> children = new ArrayList<>(Block.OLDEST_AGE + 1);
        for (int age = 0; age <= Block.OLDEST_AGE; age++) {
            children.add(c.count(AGES[age]));
        }
        if (c.failed() || county == null || id == null) {
            return null;
        }
        return new BlockRow(c.rowNumber(), year, county, new Block(id, name == null ? id : name, position, children));
    }

    private static @Nullable ZoneOfBlock zoneOfBlock(PlanningFileCells<BlockZoneColumn> c) {
        int year = c.year(BlockZoneColumn.YEAR);
        RegionCode county = c.county(BlockZoneColumn.COUNTY_CODE);
        EntryGrade grade = c.grade(BlockZoneColumn.ENTRY_GRADE);
        String block = c.required(BlockZoneColumn.BLOCK_ID);
        String zone = c.required(BlockZoneColumn.ZONE_ID);
        if (c.failed() || county == null || grade == null || block == null || zone == null) {
            return null;
        }
        return new ZoneOfBlock(c.rowNumber(), year, county, grade, block, zone);
    }

    private record Pair(long row, String block, String neighbour) {}

    private record ZoneOfBlock(long row, int year, RegionCode county, EntryGrade grade, String block, String zone) {}
}
