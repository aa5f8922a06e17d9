package org.edubalance.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.zoning.StudyUpload;
import org.edubalance.app.zoning.ZoningStudyService;
import org.edubalance.core.demo.BlockGenerator;
import org.edubalance.core.demo.DemoBlocks;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoEnrolment;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.EnrolmentGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.demo.BlockFilesWriter;
import org.edubalance.dataimport.demo.EnrolmentCsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's zoning study (docs/planning/zoning.md, "Platform"): the grade-1 blocks, adjacency, polygons, seats and
 * zones in force of the first county, as {@code edubalance demo} writes them for the same seed, uploaded through the
 * same step a planner takes. No run is queued: a planner runs the planner from the study's page. Behind {@code
 * app.demo.zoning} (default true; the shared test platform goes without).
 */
@Component
final class DemoZoning {
    private static final Logger LOG = LoggerFactory.getLogger(DemoZoning.class);

    private final ZoningStudyService studies;
    private final boolean enabled;

    DemoZoning(ZoningStudyService studies, @Value("${app.demo.zoning:true}") boolean enabled) {
        this.studies = studies;
        this.enabled = enabled;
    }

    /** Opens the study of the first county on the newest year of {@code data}, unless {@code app.demo.zoning=false}. */
    void open(DemoData data, long seed, int year) {
        if (!enabled) {
            return;
        }
        List<SchoolYear> lastYear =
                data.schools().stream().filter(s -> s.year() == year).toList();
        RegionCode county = lastYear.stream()
                .map(s -> s.county().code())
                .min(Comparator.comparing(RegionCode::value))
                .orElseThrow();
        List<SchoolYear> ofCounty =
                lastYear.stream().filter(s -> s.county().code().equals(county)).toList();
        DemoEnrolment enrolment = new EnrolmentGenerator(seed).generate(ofCounty, List.of(EntryGrade.G1));
        DemoBlocks blocks = new BlockGenerator(seed).generate(ofCounty, enrolment);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("edubalance-demo-zoning");
            EnrolmentCsvWriter.write(enrolment, blocks.schoolBlocks(), dir);
            BlockFilesWriter.write(blocks, dir);
            Map<String, StudyUpload> uploads = new LinkedHashMap<>();
            uploads.put("blocks", upload(dir, BlockFilesWriter.BLOCKS));
            uploads.put("adjacency", upload(dir, BlockFilesWriter.adjacencyFile(county, 1)));
            uploads.put("polygons", upload(dir, BlockFilesWriter.polygonFile(county, 1)));
            uploads.put("seats", upload(dir, EnrolmentCsvWriter.SEATS));
            uploads.put("zones", upload(dir, EnrolmentCsvWriter.ZONES));
            uploads.put("block_zones", upload(dir, BlockFilesWriter.BLOCK_ZONES));
            long id = studies.create(county.value(), year, "G1", "national", uploads, AuditService.SYSTEM);
            LOG.info(
                    "Opened the demo zoning study {} of county {}: {} blocks, grade 1.",
                    id,
                    county.value(),
                    blocks.counties().getFirst().blocks().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static StudyUpload upload(Path dir, String name) throws IOException {
        return new StudyUpload(name, Files.readAllBytes(dir.resolve(name)));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove the demo zoning study's temporary files in {}", dir, e);
        }
    }
}
