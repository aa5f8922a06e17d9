package org.edubalance.dataimport.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.school.NumberCell;
import org.edubalance.dataimport.table.CsvTableWriter;

/**
 * Writes a roster as a teacher file (docs/data-formats.md §4) that {@link TeacherImporter} reads back to equal teachers:
 * UTF-8 with a byte-order mark, the English ids as header in {@link TeacherColumn} order, every column present, home
 * position and exemption blank when not given.
 */
public final class TeacherCsvWriter {

    /** Writes {@code teachers} to {@code file}, replacing it. */
    public void write(List<Teacher> teachers, Path file) throws IOException {
        try (var writer = CsvTableWriter.createForExcel(file)) {
            List<String> header = new ArrayList<>();
            for (TeacherColumn column : TeacherColumn.values()) {
                header.add(column.id());
            }
            writer.writeRow(header);
            for (Teacher t : teachers) {
                GeoPoint home = t.home();
                writer.writeRow(List.of(
                        Integer.toString(t.year()),
                        t.county().value(),
                        t.school().value(),
                        t.id().value(),
                        t.segment().name(),
                        t.subject().name(),
                        t.degree().name(),
                        t.title().name(),
                        t.backboneLevel().name(),
                        Integer.toString(t.yearsAtSchool()),
                        Integer.toString(t.birthYear()),
                        t.gender().name(),
                        Boolean.toString(t.principal()),
                        home == null ? "" : NumberCell.format(home.latitude()),
                        home == null ? "" : NumberCell.format(home.longitude()),
                        Boolean.toString(t.isExempt()),
                        t.exemptReason() == null ? "" : t.exemptReason()));
            }
        }
    }
}
