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

    /**
     * A template in Chinese ({@code zh}: the notes in Chinese) or English, with the notes every template shares.
     *
     * @param dataSheet the data sheet's name in the template's language
     * @param amount how a number ≥ 0 is described (a school file's amounts are yuan and m²)
     */
    public static TemplateSheet of(boolean zh, String dataSheet, List<TemplateColumn> columns, String amount) {
        return zh
                ? new TemplateSheet(
                        dataSheet,
                        "填写说明",
                        List.of("列名", "英文列名", "是否必填", "填写内容", "可选值"),
                        columns,
                        List.of("文字", "非负整数", amount, "数（经纬度）", "从下拉列表选择"))
                : new TemplateSheet(
                        dataSheet,
                        "notes",
                        List.of("column", "Chinese header", "need", "entry", "choices"),
                        columns,
                        List.of(
                                "text",
                                "whole number ≥ 0",
                                amount,
                                "number (decimal degrees)",
                                "pick from the drop-down"));
    }
}
