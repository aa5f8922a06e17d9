package org.edubalance.app.zoning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.SeatOffer;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.policy.ZoningPolicyReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.zoning.BlockFile;
import org.edubalance.dataimport.zoning.BlockPolygonReader;
import org.edubalance.dataimport.zoning.BlockPolygons;
import org.edubalance.dataimport.zoning.ZoningImporter;
import org.edubalance.planning.zoning.ZoningAreaFactory;
import org.edubalance.planning.zoning.ZoningComparison.CurrentZones;
import org.jspecify.annotations.Nullable;

/**
 * A study's frozen files read exactly as the zoning command reads the same files from disk: written under their names
 * to a directory of their own and read by the same importers (docs/planning/zoning.md §1), then the zoning area built
 * by {@link ZoningAreaFactory}, which refuses what cannot be zoned.
 *
 * @param area the county's blocks (placed by their polygons when given), adjacency, schools and policy
 * @param current the zones in force ({@code zones.csv} and {@code block_zones.csv} of the data year)
 * @param seats each zoned school's seats, by code
 * @param schoolNames the schools' names, by code
 * @param shapes the blocks' polygons when a GeoJSON was given, else empty
 */
record ZoningStudyInputs(
        ZoningArea area,
        CurrentZones current,
        Map<String, Integer> seats,
        Map<String, String> schoolNames,
        Map<String, List<List<List<double[]>>>> shapes) {

    /**
     * Reads {@code files} for {@code county}, {@code year} and {@code grade} under the policy {@code policy}.
     *
     * @throws org.edubalance.dataimport.ImportRejectedException with every located error of the first bad file
     * @throws org.edubalance.planning.zoning.ZoningProblemInvalidException when the area cannot be zoned
     * @throws IllegalArgumentException when the files hold no such county, year and grade, or give no adjacency
     */
    static ZoningStudyInputs read(List<StudyFile> files, RegionCode county, int year, EntryGrade grade, String policy) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("edubalance-zoning");
            Map<String, Path> paths = new HashMap<>();
            for (StudyFile file : files) {
                Path path = dir.resolve(file.fileName());
                Files.write(path, file.content());
                paths.put(file.name(), path);
            }
            return read(paths, files, county, year, grade, policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static ZoningStudyInputs read(
            Map<String, Path> paths,
            List<StudyFile> files,
            RegionCode county,
            int year,
            EntryGrade grade,
            String policy) {
        List<SchoolYear> schools =
                new SchoolImporter().importFile(paths.get("schools")).schools();
        var importer = new ZoningImporter();
        BlockFile blockFile = importer.importBlocks(paths.get("blocks"));
        List<Block> blocks = blockFile.blocks(year, county);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("blocks.csv holds no block of county " + county.value() + " in " + year
                    + ". Maybe check the year and county_code columns.");
        }
        Path polygonFile = paths.get("polygons");
        BlockPolygons polygons = polygonFile == null ? null : new BlockPolygonReader().read(polygonFile);
        if (polygons != null) {
            blocks = polygons.placed(blocks);
        }
        Set<String> blockIds = new LinkedHashSet<>();
        blocks.forEach(b -> blockIds.add(b.id()));
        Path adjacencyFile = paths.get("adjacency");
        BlockAdjacency adjacency;
        if (adjacencyFile != null) {
            adjacency = importer.importAdjacency(adjacencyFile, blockIds);
        } else if (polygons != null) {
            adjacency = polygons.adjacency();
        } else {
            throw new IllegalArgumentException(
                    "Which blocks touch is given by adjacency.csv or by the polygons' shared boundaries: upload one.");
        }
        AdmissionFiles admission =
                new AdmissionImporter().importSeatsAndZones(paths.get("seats"), paths.get("zones"), schools);
        if (!admission.grades(year, county).contains(grade)) {
            throw new IllegalArgumentException("The seats and zones files hold nothing of county " + county.value()
                    + ", " + year + ", " + grade + ". Maybe check the year, county and grade columns.");
        }
        Map<String, SchoolYear> byCode = new HashMap<>();
        schools.stream()
                .filter(s -> s.year() == year)
                .forEach(s -> byCode.put(s.code().value(), s));
        List<ZoningAreaFactory.SchoolSite> sites = new ArrayList<>();
        Map<String, Integer> seats = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AdmissionFiles.SeatRow row : admission.seats()) {
            SeatOffer o = row.offer();
            if (o.year() == year && o.county().equals(county) && o.grade() == grade) {
                SchoolYear school = byCode.get(o.school().value());
                sites.add(new ZoningAreaFactory.SchoolSite(
                        o.school(), o.seats(), o.blockId(), school == null ? null : school.position()));
                seats.put(o.school().value(), o.seats());
            }
        }
        byCode.values().forEach(s -> names.put(s.code().value(), s.name()));
        Map<String, List<SchoolCode>> zoneSchools = new LinkedHashMap<>();
        admission.zones().stream()
                .filter(z -> z.year() == year && z.county().equals(county) && z.grade() == grade)
                .forEach(z -> zoneSchools
                        .computeIfAbsent(z.zoneId(), k -> new ArrayList<>())
                        .add(z.school()));
        Map<String, String> zoneOfBlock = importer.importBlockZones(
                paths.get("block_zones"), year, county, grade, blockIds, zoneSchools.keySet());
        List<AttendanceZone> zones = zoneSchools.entrySet().stream()
                .map(e -> new AttendanceZone(e.getKey(), e.getValue()))
                .toList();
        ZoningArea area =
                ZoningAreaFactory.of(year, county, grade, blocks, adjacency, sites, ZoningPolicyReader.load(policy));
        Map<String, List<List<List<double[]>>>> shapes = polygonFile == null
                ? Map.of()
                : BlockShapes.read(files.stream()
                        .filter(f -> f.name().equals("polygons"))
                        .findFirst()
                        .orElseThrow()
                        .content());
        return new ZoningStudyInputs(area, new CurrentZones(zoneOfBlock, zones), seats, names, shapes);
    }

    /** The school's name, or its code when the school data does not name it. */
    String schoolName(String code) {
        return schoolNames.getOrDefault(code, code);
    }

    /** The block {@code id}, or null. */
    @Nullable
    Block block(String id) {
        return area.blocks().stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }

    private static void delete(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
