package org.edubalance.dataimport.quota;

import static org.edubalance.dataimport.quota.HighSchoolColumn.AREA_CODE;
import static org.edubalance.dataimport.quota.HighSchoolColumn.QUOTA_MIN_SCORE;
import static org.edubalance.dataimport.quota.HighSchoolColumn.QUOTA_SHARE;
import static org.edubalance.dataimport.quota.HighSchoolColumn.SCHOOL_CODE;
import static org.edubalance.dataimport.quota.HighSchoolColumn.SCHOOL_NAME;
import static org.edubalance.dataimport.quota.HighSchoolColumn.SEATS;
import static org.edubalance.dataimport.quota.HighSchoolColumn.TIER;
import static org.edubalance.dataimport.quota.HighSchoolColumn.YEAR;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.Tier;
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
 * Imports {@code high_schools.csv} (docs/planning/quota.md §1; CSV or the first sheet of an XLSX): every bad cell
 * located, all or nothing. Rules: year, area code ({@link ImportIssueCode#IMP_152}), code and name present, seats a
 * whole number ≥ 0, quota share a decimal from 0 to 1 ({@link ImportIssueCode#IMP_151}), the minimum score a number or
 * blank, the tier KEY/优质高中 or ORDINARY/普通高中, and one row per (year, area, code) ({@link
 * ImportIssueCode#IMP_150}).
 */
public final class HighSchoolImporter {

    /** The high schools of a file and the warnings of its import. */
    public record HighSchoolImport(List<HighSchool> highSchools, ImportReport report) {
        public HighSchoolImport {
            highSchools = List.copyOf(highSchools);
        }
    }

    /**
     * Imports {@code file}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public HighSchoolImport importFile(Path file) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try (TableReader reader = TableReader.open(file)) {
            return importTable(reader);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    private HighSchoolImport importTable(TableReader reader) throws IOException {
        var source = new ImportSource(reader.fileName(), reader.sheetName());
        var issues = ImportReport.builder();
        TableRow headerRow = reader.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), HighSchoolColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        var cells = new PlanningFileCells<>(source, header, issues);
        Map<String, Long> firstRow = new HashMap<>();
        List<HighSchool> schools = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (row.isBlank()) {
                continue;
            }
            cells.start(row);
            HighSchool school = parse(cells);
            if (school != null) {
                String key = school.year() + "/" + school.areaCode() + "/" + school.code();
                Long first = firstRow.putIfAbsent(key, row.number());
                if (first != null) {
                    cells.error(
                            SCHOOL_CODE,
                            ImportIssueCode.IMP_150,
                            "High school '" + school.code() + "' of " + school.year() + " in area " + school.areaCode()
                                    + " is already on row " + first + ". Maybe a row was copied twice.");
                } else {
                    schools.add(school);
                }
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return new HighSchoolImport(schools, issues.build());
    }

    private static @Nullable HighSchool parse(PlanningFileCells<HighSchoolColumn> cells) {
        int year = cells.year(YEAR);
        String area = cells.areaCode(AREA_CODE);
        String code = cells.required(SCHOOL_CODE);
        String name = cells.required(SCHOOL_NAME);
        int seats = cells.count(SEATS);
        BigDecimal share = cells.decimal(QUOTA_SHARE, true);
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            cells.error(
                    QUOTA_SHARE,
                    ImportIssueCode.IMP_151,
                    "The quota share is a decimal from 0 to 1 (0.5 = half the places), got " + share.toPlainString()
                            + ". Maybe it was written as a percentage; 50 % is 0.5.");
        }
        BigDecimal minScore = cells.decimal(QUOTA_MIN_SCORE, false);
        Tier tier = tier(cells);
        if (cells.failed() || area == null || code == null || name == null || share == null || tier == null) {
            return null;
        }
        return new HighSchool(year, area, code, name, seats, share, minScore, tier);
    }

    private static @Nullable Tier tier(PlanningFileCells<HighSchoolColumn> cells) {
        String text = cells.required(TIER);
        if (text == null) {
            return null;
        }
        for (Tier tier : Tier.values()) {
            if (tier.name().equalsIgnoreCase(text) || tier.chineseName().equals(text)) {
                return tier;
            }
        }
        cells.error(
                TIER, ImportIssueCode.IMP_020, "'" + text + "' is not a tier. Maybe KEY (优质高中) or ORDINARY (普通高中).");
        return null;
    }
}
