package org.edubalance.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.enrolment.EnrolmentRoundService;
import org.edubalance.app.enrolment.EnrolmentRoundService.Upload;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoEnrolment;
import org.edubalance.core.demo.DemoEnrolment.EntryGrade;
import org.edubalance.core.demo.DemoExam;
import org.edubalance.core.demo.EnrolmentGenerator;
import org.edubalance.core.demo.ExamGenerator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.demo.EnrolmentCsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's enrolment rounds, opened through the same steps a planner takes (docs/planning/rounds.md): the grade-1
 * admission round of the first county, committed and drawn (its job runs once the platform is up; a planner approves
 * and publishes it), and the exam admission round of the first city, committed and awaiting its public value. Their
 * files are the ones {@code edubalance demo} writes for the same seed, so the commit can be recomputed from them.
 */
@Component
final class DemoRounds {
    /** The demo's public value: in a real round, a figure nobody knew when the commit was announced. */
    static final String PUBLIC_VALUE = "demo: the closing index of the day after the commit, 3456.78";

    private static final Logger LOG = LoggerFactory.getLogger(DemoRounds.class);

    private final EnrolmentRoundService rounds;

    DemoRounds(EnrolmentRoundService rounds) {
        this.rounds = rounds;
    }

    /** Opens the two rounds on the newest year of {@code data}. */
    void open(DemoData data, long seed, int year) {
        List<SchoolYear> lastYear =
                data.schools().stream().filter(s -> s.year() == year).toList();
        RegionCode county = lastYear.stream()
                .map(s -> s.county().code())
                .min(Comparator.comparing(RegionCode::value))
                .orElseThrow();
        List<SchoolYear> ofCounty =
                lastYear.stream().filter(s -> s.county().code().equals(county)).toList();
        DemoEnrolment enrolment = new EnrolmentGenerator(seed).generate(ofCounty, List.of(EntryGrade.G1));
        DemoExam exam = new ExamGenerator(seed).generate(lastYear);
        String city = exam.highSchools().getFirst().area();
        Path dir = files(enrolment, exam);
        try {
            long admission = rounds.create(
                    county.value(),
                    year,
                    EntryGrade.G1.name(),
                    upload(dir, EnrolmentCsvWriter.SEATS),
                    upload(dir, EnrolmentCsvWriter.ZONES),
                    upload(dir, EnrolmentCsvWriter.APPLICANTS),
                    null,
                    AuditService.SYSTEM);
            rounds.commit(admission, AuditService.SYSTEM);
            rounds.draw(admission, PUBLIC_VALUE, AuditService.SYSTEM);
            long quota = rounds.createQuota(
                    city,
                    year,
                    upload(dir, EnrolmentCsvWriter.HIGH_SCHOOLS),
                    upload(dir, EnrolmentCsvWriter.CANDIDATES),
                    null,
                    AuditService.SYSTEM);
            rounds.commit(quota, AuditService.SYSTEM);
            LOG.info(
                    "Opened the demo rounds: admission round {} of county {} (drawn, {} applicants), exam round {} of"
                            + " area {} (committed, {} candidates).",
                    admission,
                    county.value(),
                    enrolment.applicants().size(),
                    quota,
                    city,
                    exam.candidates().size());
        } finally {
            delete(dir);
        }
    }

    private static Path files(DemoEnrolment enrolment, DemoExam exam) {
        try {
            Path dir = Files.createTempDirectory("edubalance-demo-rounds");
            EnrolmentCsvWriter.write(enrolment, dir);
            EnrolmentCsvWriter.write(exam, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Upload upload(Path dir, String name) {
        try {
            return new Upload(name, Files.readAllBytes(dir.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove the demo rounds' temporary files in {}", dir, e);
        }
    }
}
