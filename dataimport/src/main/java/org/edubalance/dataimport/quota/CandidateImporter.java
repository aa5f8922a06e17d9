package org.edubalance.dataimport.quota;

import static org.edubalance.dataimport.quota.CandidateColumn.AREA_CODE;
import static org.edubalance.dataimport.quota.CandidateColumn.CANDIDATE_ID;
import static org.edubalance.dataimport.quota.CandidateColumn.CHOICES;
import static org.edubalance.dataimport.quota.CandidateColumn.JUNIOR_SCHOOL;
import static org.edubalance.dataimport.quota.CandidateColumn.QUOTA_CHOICE;
import static org.edubalance.dataimport.quota.CandidateColumn.SCORE;
import static org.edubalance.dataimport.quota.CandidateColumn.TIE1;
import static org.edubalance.dataimport.quota.CandidateColumn.TIE2;
import static org.edubalance.dataimport.quota.CandidateColumn.TIE3;
import static org.edubalance.dataimport.quota.CandidateColumn.YEAR;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.planinput.PlanningFileCells;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Imports {@code candidates.csv} (docs/planning/quota.md §1; CSV or the first sheet of an XLSX) against the high
 * schools and the school data: every bad cell located, all or nothing.
 *
 * <p>Rules: year, area code, a unique candidate id ({@link ImportIssueCode#IMP_153}), scores as exact decimals (tie
 * scores may be blank); the quota choice names a high school of the same year and area with a quota share > 0 ({@link
 * ImportIssueCode#IMP_154}); the choices, separated by {@code ;}, name high schools of the same year and area ({@link
 * ImportIssueCode#IMP_155}), none twice ({@link ImportIssueCode#IMP_156}); the junior school is in the school data
 * ({@link ImportIssueCode#IMP_157}) of the exam year, with the junior segment ({@link ImportIssueCode#IMP_158}): a
 * junior, nine-year, twelve-year or complete secondary school, or a special-education school with junior students.
 * Its location gives the candidates' weight.
 */
public final class CandidateImporter {

    /** The candidates of a file, the location of their junior schools by year, and the warnings of the import. */
    public record CandidateImport(
            List<Candidate> candidates, Map<String, Location> juniorLocationsByYearAndCode, ImportReport report) {
        public CandidateImport {
            candidates = List.copyOf(candidates);
            juniorLocationsByYearAndCode = Map.copyOf(juniorLocationsByYearAndCode);
        }

        /** The location of {@code juniorSchool} as the candidates of {@code year} see it. */
        public @Nullable Location juniorLocation(int year, String juniorSchool) {
            return juniorLocationsByYearAndCode.get(year + "/" + juniorSchool);
        }
    }

    /**
     * Imports {@code file}, whose candidates apply to {@code highSchools} from the junior schools of {@code schools}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public CandidateImport importFile(Path file, List<HighSchool> highSchools, List<SchoolYear> schools) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try (TableReader reader = TableReader.open(file)) {
            return importTable(reader, highSchools, schools);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    private CandidateImport importTable(TableReader reader, List<HighSchool> highSchools, List<SchoolYear> schools)
            throws IOException {
        var source = new ImportSource(reader.fileName(), reader.sheetName());
        var issues = ImportReport.builder();
        TableRow headerRow = reader.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), CandidateColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        Map<String, HighSchool> highByKey = new HashMap<>();
        highSchools.forEach(h -> highByKey.put(h.year() + "/" + h.areaCode() + "/" + h.code(), h));
        var juniors = new JuniorSchools(schools);
        var cells = new PlanningFileCells<>(source, header, issues);
        Map<String, Long> firstRow = new HashMap<>();
        Map<String, Location> locations = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (row.isBlank()) {
                continue;
            }
            cells.start(row);
            int year = cells.year(YEAR);
            String area = cells.areaCode(AREA_CODE);
            String id = cells.required(CANDIDATE_ID);
            if (id != null) {
                Long first = firstRow.putIfAbsent(id, row.number());
                if (first != null) {
                    cells.error(
                            CANDIDATE_ID,
                            ImportIssueCode.IMP_153,
                            "Candidate '" + id + "' is already on row " + first
                                    + ". Maybe a row was copied twice; candidate numbers are unique.");
                }
            }
            String junior = cells.required(JUNIOR_SCHOOL);
            Location location = junior == null || year < 0 ? null : juniorLocation(cells, juniors, year, junior);
            BigDecimal score = cells.decimal(SCORE, true);
            BigDecimal tie1 = cells.decimal(TIE1, false);
            BigDecimal tie2 = cells.decimal(TIE2, false);
            BigDecimal tie3 = cells.decimal(TIE3, false);
            String prefix = year + "/" + area + "/";
            String quotaChoice = quotaChoice(cells, highByKey, prefix);
            List<String> choices = choices(cells, highByKey, prefix);
            if (cells.failed() || area == null || id == null || junior == null || score == null) {
                continue;
            }
            if (location != null) {
                locations.put(year + "/" + junior, location);
            }
            candidates.add(new Candidate(year, area, id, junior, score, tie1, tie2, tie3, quotaChoice, choices));
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new CandidateImport(candidates, locations, issues.build());
    }

    private static @Nullable Location juniorLocation(
            PlanningFileCells<CandidateColumn> cells, JuniorSchools juniors, int year, String code) {
        SchoolYear school = juniors.at(code, year);
        if (school == null) {
            cells.error(
                    JUNIOR_SCHOOL,
                    ImportIssueCode.IMP_157,
                    "Junior school '" + code + "' is not in the school data of " + year
                            + ". Maybe the code has a typo, or the school file is of another year.");
            return null;
        }
        if (!hasJuniorSegment(school)) {
            cells.error(
                    JUNIOR_SCHOOL,
                    ImportIssueCode.IMP_158,
                    "School '" + code + "' is a " + school.type() + " in the school data of " + school.year()
                            + ", without the junior segment. Maybe the candidate's junior high has another code.");
            return null;
        }
        return school.location();
    }

    /** A junior, nine-year, twelve-year or complete secondary school; a special-education one with junior students. */
    private static boolean hasJuniorSegment(SchoolYear school) {
        return school.type() == SchoolType.SPECIAL_EDUCATION
                ? school.junior().students() > 0
                : school.type().allows(Segment.JUNIOR);
    }

    private static @Nullable String quotaChoice(
            PlanningFileCells<CandidateColumn> cells, Map<String, HighSchool> highByKey, String prefix) {
        String code = cells.text(QUOTA_CHOICE);
        if (code.isEmpty()) {
            return null;
        }
        HighSchool school = highByKey.get(prefix + code);
        if (school == null || !school.hasQuota()) {
            cells.error(
                    QUOTA_CHOICE,
                    ImportIssueCode.IMP_154,
                    "'" + code + "' is "
                            + (school == null
                                    ? "not a high school of this year and area"
                                    : "a high" + " school without quota seats (quota_share 0)")
                            + ". Maybe leave the quota choice blank, or name a school with a quota share.");
            return null;
        }
        return code;
    }

    private static List<String> choices(
            PlanningFileCells<CandidateColumn> cells, Map<String, HighSchool> highByKey, String prefix) {
        String text = cells.text(CHOICES);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(";", -1)) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!highByKey.containsKey(prefix + code)) {
                cells.error(
                        CHOICES,
                        ImportIssueCode.IMP_155,
                        "'" + code + "' is not a high school of this year and area in the high-school file."
                                + " Maybe a typo; codes are separated by ';'.");
            } else if (!seen.add(code)) {
                cells.error(
                        CHOICES,
                        ImportIssueCode.IMP_156,
                        "'" + code + "' is listed twice. Maybe keep its first place only.");
            } else {
                choices.add(code);
            }
        }
        return choices;
    }

    /** The school data by code and year. */
    private static final class JuniorSchools {
        private final Map<String, TreeMap<Integer, SchoolYear>> byCode = new HashMap<>();

        JuniorSchools(List<SchoolYear> schools) {
            for (SchoolYear s : schools) {
                byCode.computeIfAbsent(s.code().value(), k -> new TreeMap<>()).put(s.year(), s);
            }
        }

        @Nullable
        SchoolYear at(String code, int year) {
            TreeMap<Integer, SchoolYear> years = byCode.get(code);
            if (years == null) {
                return null;
            }
            return years.get(year);
        }
    }
}
