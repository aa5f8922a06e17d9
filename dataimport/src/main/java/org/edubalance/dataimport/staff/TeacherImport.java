package org.edubalance.dataimport.staff;

import java.util.List;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.ImportReport;

/**
 * An accepted roster: its teachers in file order and the warnings of the import.
 *
 * @param teachers every teacher of the file
 * @param report warnings only (an import with errors is rejected instead)
 */
public record TeacherImport(List<Teacher> teachers, ImportReport report) {
    public TeacherImport {
        teachers = List.copyOf(teachers);
    }
}
