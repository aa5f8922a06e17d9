package org.edubalance.dataimport.zoning;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;

/**
 * Writes a zoning plan as the admission round reads it (docs/planning/zoning.md §6.2): {@code zones.csv} with one
 * zone per school (the zone's id is the school's code) and {@code block_zones.csv} with each block's zone, both with
 * the plan year in {@code year}. UTF-8 with a byte-order mark (Excel opens it as UTF-8), the English ids as header,
 * rows ascending by id.
 */
public final class ZoneFileWriter {
    /** The zones file's name. */
    public static final String ZONES = "zones.csv";

    /** The block-zones file's name. */
    public static final String BLOCK_ZONES = "block_zones.csv";

    private ZoneFileWriter() {}

    /** {@code zones.csv} of the plan as text. */
    public static String zones(
            int planYear, RegionCode county, EntryGrade grade, Map<String, SchoolCode> schoolOfBlock) {
        StringBuilder out = new StringBuilder("\uFEFFyear,county_code,entry_grade,zone_id,school_code\r\n");
        new TreeSet<>(schoolOfBlock.values().stream().map(SchoolCode::value).toList())
                .forEach(code -> out.append(row(planYear, county, grade, code, code)));
        return out.toString();
    }

    /** {@code block_zones.csv} of the plan as text. */
    public static String blockZones(
            int planYear, RegionCode county, EntryGrade grade, Map<String, SchoolCode> schoolOfBlock) {
        StringBuilder out = new StringBuilder("\uFEFFyear,county_code,entry_grade,block_id,zone_id\r\n");
        new TreeMap<>(schoolOfBlock)
                .forEach((block, school) -> out.append(row(planYear, county, grade, block, school.value())));
        return out.toString();
    }

    /** Writes both files into {@code directory} (created when missing). */
    public static void write(
            Path directory, int planYear, RegionCode county, EntryGrade grade, Map<String, SchoolCode> schoolOfBlock)
            throws IOException {
        Files.createDirectories(directory);
        write(directory.resolve(ZONES), zones(planYear, county, grade, schoolOfBlock));
        write(directory.resolve(BLOCK_ZONES), blockZones(planYear, county, grade, schoolOfBlock));
    }

    private static void write(Path file, String text) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
    }

    private static String row(int year, RegionCode county, EntryGrade grade, String a, String b) {
        return year + "," + county.value() + "," + grade.name() + "," + cell(a) + "," + cell(b) + "\r\n";
    }

    /** A cell quoted when it holds a comma, quote or line break (a block id may); the ids are never formulas. */
    private static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
