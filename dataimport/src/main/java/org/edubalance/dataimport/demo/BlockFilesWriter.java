package org.edubalance.dataimport.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.demo.DemoBlocks;
import org.edubalance.core.demo.DemoBlocks.Shape;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.edubalance.dataimport.zoning.AdjacencyColumn;
import org.edubalance.dataimport.zoning.BlockColumn;
import org.edubalance.dataimport.zoning.BlockZoneColumn;

/**
 * Writes the demo blocks in the zoning files' formats (docs/planning/zoning.md §1): {@code blocks.csv} and
 * {@code block_zones.csv} for every county (both have a county column), and per county the adjacency and the block
 * polygons, which have none: {@code adjacency.csv} and {@code blocks.geojson} when the demo has one county,
 * {@code adjacency-<county>.csv} and {@code blocks-<county>.geojson} when it has several. CSV files are UTF-8 with a
 * byte-order mark and the English ids as header; the GeoJSON is UTF-8, positions {@code [longitude, latitude]} to six
 * decimals, each block's rectangle counter-clockwise, so neighbouring blocks share their edge's exact coordinates.
 */
public final class BlockFilesWriter {
    public static final String BLOCKS = "blocks.csv";
    public static final String BLOCK_ZONES = "block_zones.csv";

    private BlockFilesWriter() {}

    /** The adjacency file of {@code county} in a demo of {@code counties} counties. */
    public static String adjacencyFile(RegionCode county, int counties) {
        return counties == 1 ? "adjacency.csv" : "adjacency-" + county.value() + ".csv";
    }

    /** The polygon file of {@code county} in a demo of {@code counties} counties. */
    public static String polygonFile(RegionCode county, int counties) {
        return counties == 1 ? "blocks.geojson" : "blocks-" + county.value() + ".geojson";
    }

    /** Writes every file of {@code blocks} into {@code dir}; nothing when the demo has no county with a round. */
    public static void write(DemoBlocks blocks, Path dir) throws IOException {
        if (blocks.counties().isEmpty()) {
            return;
        }
        writeBlocks(blocks, dir.resolve(BLOCKS));
        writeZones(blocks, dir.resolve(BLOCK_ZONES));
        int counties = blocks.counties().size();
        for (DemoBlocks.County county : blocks.counties()) {
            writeAdjacency(county.adjacency(), dir.resolve(adjacencyFile(county.county(), counties)));
            writePolygons(county, dir.resolve(polygonFile(county.county(), counties)));
        }
    }

    private static void writeBlocks(DemoBlocks blocks, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(EnrolmentCsvWriter.header(BlockColumn.values()));
            for (DemoBlocks.County county : blocks.counties()) {
                for (Block b : county.blocks()) {
                    List<String> row = new ArrayList<>(6 + Block.OLDEST_AGE + 1);
                    row.add(Integer.toString(county.year()));
                    row.add(county.county().value());
                    row.add(b.id());
                    row.add(b.name());
                    row.add(EnrolmentCsvWriter.degrees(b.position().latitude()));
                    row.add(EnrolmentCsvWriter.degrees(b.position().longitude()));
                    b.childrenByAge().forEach(n -> row.add(Integer.toString(n)));
                    writer.writeRow(row);
                }
            }
        }
    }

    private static void writeZones(DemoBlocks blocks, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(EnrolmentCsvWriter.header(BlockZoneColumn.values()));
            for (DemoBlocks.County county : blocks.counties()) {
                for (Map.Entry<EntryGrade, Map<String, String>> grade :
                        new java.util.TreeMap<>(county.zones()).entrySet()) {
                    for (Block b : county.blocks()) {
                        writer.writeRow(
                                Integer.toString(county.year()),
                                county.county().value(),
                                grade.getKey().name(),
                                b.id(),
                                grade.getValue().get(b.id()));
                    }
                }
            }
        }
    }

    private static void writeAdjacency(BlockAdjacency adjacency, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(EnrolmentCsvWriter.header(AdjacencyColumn.values()));
            for (BlockAdjacency.Pair pair : adjacency.pairs()) {
                writer.writeRow(pair.blockId(), pair.neighbourId());
            }
        }
    }

    private static void writePolygons(DemoBlocks.County county, Path file) throws IOException {
        try (Writer out = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < county.shapes().size(); i++) {
                Shape s = county.shapes().get(i);
                String w = EnrolmentCsvWriter.degrees(s.west());
                String e = EnrolmentCsvWriter.degrees(s.east());
                String south = EnrolmentCsvWriter.degrees(s.south());
                String north = EnrolmentCsvWriter.degrees(s.north());
                out.write(i == 0 ? "\n" : ",\n");
                out.write("{\"type\":\"Feature\",\"properties\":{\"block_id\":" + json(s.blockId()) + ",\"block_name\":"
                        + json(county.blocks().get(i).name())
                        + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                        + point(w, south) + "," + point(e, south) + "," + point(e, north) + "," + point(w, north) + ","
                        + point(w, south) + "]]}}");
            }
            out.write("\n]}\n");
        }
    }

    private static String point(String longitude, String latitude) {
        return "[" + longitude + "," + latitude + "]";
    }

    /** A JSON string literal. */
    private static String json(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
