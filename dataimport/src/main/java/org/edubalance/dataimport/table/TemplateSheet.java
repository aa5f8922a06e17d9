package org.edubalance.dataimport.table;

import java.util.List;

/**
 * A fill-in template: a data sheet whose first row holds the headers an importer reads, and a notes sheet that
 * explains every column.
 *
 * @param dataSheet the data sheet's name (the importer reads the first sheet)
 * @param notesSheet the notes sheet's name
 * @param notesHeaders the notes table's headers: column, other name, need, what to enter, choices
 * @param columns the columns, in the contract's order
 * @param entryNames how each {@link TemplateColumn.Entry} is described on the notes sheet, by ordinal
 */
public record TemplateSheet(
        String dataSheet,
        String notesSheet,
        List<String> notesHeaders,
        List<TemplateColumn> columns,
        List<String> entryNames) {
    public TemplateSheet {
        notesHeaders = List.copyOf(notesHeaders);
        columns = List.copyOf(columns);
        entryNames = List.copyOf(entryNames);
        if (notesHeaders.size() != 5 || entryNames.size() != TemplateColumn.Entry.values().length) {
            throw new IllegalArgumentException("Five notes headers and one name per kind of entry are needed");
        }
    }
}
