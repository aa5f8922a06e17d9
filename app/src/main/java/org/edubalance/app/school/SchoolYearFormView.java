package org.edubalance.app.school;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of one school year: every column of the school file with its value and, after a refused save, the rule it
 * breaks next to it.
 *
 * @param code the school's code
 * @param name its name
 * @param year the school year
 * @param version the version the form was read at; sent back with the save
 * @param editable whether the signed-in person may change it (inspectors and other schools' principals may not)
 * @param fields the columns, in the school file's order
 * @param problems refusals that name no column
 * @param conflict whether the save was refused because someone else changed the record meanwhile
 * @param saved whether the last save succeeded
 */
public record SchoolYearFormView(
        String code,
        String name,
        int year,
        long version,
        boolean editable,
        List<Field> fields,
        List<String> problems,
        boolean bureauLocked,
        boolean conflict,
        boolean saved) {

    /**
     * One column.
     *
     * @param id its English id (the input's name)
     * @param label its label in the page's language
     * @param value the value shown
     * @param required whether the school file requires it
     * @param locked whether the signed-in person may not change it (the record's key; for principals also the
     *     school's identity and classification, which the bureau keeps)
     * @param error the broken rule with its code, {@code null} when none
     */
    public record Field(
            String id,
            String label,
            String value,
            boolean required,
            boolean locked,
            @Nullable String error) {}

    /** This form after a successful save. */
    public SchoolYearFormView withSaved() {
        return new SchoolYearFormView(
                code, name, year, version, editable, fields, problems, bureauLocked, conflict, true);
    }
}
