package org.edubalance.dataimport.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.staff.StaffingCalculator;
import org.edubalance.core.staff.StaffingCalculator.SchoolSegment;
import org.edubalance.core.staff.StaffingFigures;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;

/**
 * Imports a teacher roster (docs/data-formats.md §4, CSV or the first sheet of an XLSX) against the school data it belongs
 * to, with the rigour of the school import: every bad cell reported by file, row, column, value and code, and all or
 * nothing.
 *
 * <p>Across rows and files: a teacher id appears once per year ({@link ImportIssueCode#IMP_052}); every teacher's
 * school exists in the school data of that year, in the county the row names ({@link ImportIssueCode#IMP_060}). A
 * warning ({@link ImportIssueCode#IMP_W08}) names each school segment whose roster counts to other teacher figures
 * than the school file reports (the counting rules of §4): the evaluation reads the school file, the planners the
 * roster, so a difference is worth a look but not a rejection.
 */
public final class TeacherImporter {

    /**
     * Imports {@code file}, whose teachers work at {@code schools}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public TeacherImport importFile(Path file, List<SchoolYear> schools) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try (TableReader reader = TableReader.open(file)) {
            return importTable(reader, schools);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    private TeacherImport importTable(TableReader reader, List<SchoolYear> schools) throws IOException {
        var source = new ImportSource(reader.fileName(), reader.sheetName());
        var issues = ImportReport.builder();
        TableRow headerRow = reader.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), TeacherColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        Map<String, SchoolYear> schoolByYearAndCode = new HashMap<>();
        for (SchoolYear s : schools) {
            schoolByYearAndCode.put(s.year() + "/" + s.code().value(), s);
        }
        var parser = new TeacherRowParser(source, header, issues);
        Map<String, Long> firstRowById = new HashMap<>();
        Set<String> reported = new HashSet<>();
        List<Teacher> teachers = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (row.isBlank()) {
                continue;
            }
            Teacher teacher = parser.parse(row);
            String id = parser.text(TeacherColumn.TEACHER_ID);
            String year = parser.text(TeacherColumn.YEAR);
            if (!id.isEmpty()) {
                String key = year + "/" + id;
                Long first = firstRowById.putIfAbsent(key, row.number());
                if (first != null) {
                    String message = "Teacher '" + id + "' of year " + year + " is listed on rows " + first + " and "
                            + row.number() + ". Maybe a row was copied twice; ids are unique per year.";
                    if (reported.add(key)) {
                        issues.add(source.issue(
                                first, header.header(TeacherColumn.TEACHER_ID), id, ImportIssueCode.IMP_052, message));
                    }
                    parser.error(TeacherColumn.TEACHER_ID, ImportIssueCode.IMP_052, message);
                }
            }
            if (teacher != null) {
                checkSchool(
                        parser,
                        teacher,
                        schoolByYearAndCode.get(
                                teacher.year() + "/" + teacher.school().value()));
                teachers.add(teacher);
            }
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        warnOnDisagreement(source, teachers, schools, issues);
        return new TeacherImport(teachers, issues.build());
    }

    private static void checkSchool(TeacherRowParser parser, Teacher teacher, SchoolYear school) {
        if (school == null) {
            parser.error(
                    TeacherColumn.SCHOOL_CODE,
                    ImportIssueCode.IMP_060,
                    "School '" + teacher.school()
                            + "' is not in the school data of " + teacher.year()
                            + ". Maybe import that year's school file first, or the code has a typo.");
        } else if (!school.county().code().equals(teacher.county())) {
            parser.error(
                    TeacherColumn.COUNTY_CODE,
                    ImportIssueCode.IMP_060,
                    "School '" + teacher.school()
                            + "' belongs to county " + school.county().code() + " in the school data, not "
                            + teacher.county() + ". Maybe the county code was copied from another row.");
        }
    }

    /** One warning per school segment whose roster counts differ from its school row, in school-file order. */
    private static void warnOnDisagreement(
            ImportSource source, List<Teacher> teachers, List<SchoolYear> schools, ImportReport.Builder issues) {
        Map<Integer, Map<SchoolSegment, StaffingFigures>> byYear = new HashMap<>();
        Set<String> rosterCounties = new HashSet<>();
        for (Teacher t : teachers) {
            rosterCounties.add(t.year() + "/" + t.county().value());
        }
        for (int year : teachers.stream().map(Teacher::year).distinct().toList()) {
            byYear.put(
                    year,
                    StaffingCalculator.figures(
                            teachers.stream().filter(t -> t.year() == year).toList()));
        }
        for (SchoolYear school : schools) {
            RegionCode county = school.county().code();
            if (!rosterCounties.contains(school.year() + "/" + county.value())) {
                continue;
            }
            for (Segment segment : Segment.values()) {
                SegmentFigures f = school.segment(segment);
                StaffingFigures reported = new StaffingFigures(
                        f.teachers(),
                        f.teachersAboveDegree(),
                        f.teachersMidSeniorTitle(),
                        f.backboneTeachers(),
                        f.peArtsTeachers());
                StaffingFigures derived = byYear.get(school.year())
                        .getOrDefault(new SchoolSegment(school.code(), segment), StaffingFigures.NONE);
                if (!derived.equals(reported)) {
                    issues.add(source.issue(
                            0,
                            null,
                            school.code().value(),
                            ImportIssueCode.IMP_W08,
                            "School '" + school.code() + "' "
                                    + segment.englishName().toLowerCase(java.util.Locale.ROOT)
                                    + ": the roster counts " + describe(derived) + ", the school file reports "
                                    + describe(reported) + ". Maybe the roster is incomplete or one of the files is"
                                    + " from another date."));
                }
            }
        }
    }

    private static String describe(StaffingFigures f) {
        return f.teachers() + " teachers (" + f.aboveDegree() + " above degree, " + f.midSeniorTitle()
                + " mid/senior title, " + f.backbone() + " backbone, " + f.peArts() + " PE/arts)";
    }
}
