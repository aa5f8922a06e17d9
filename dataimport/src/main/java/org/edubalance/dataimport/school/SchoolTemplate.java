package org.edubalance.dataimport.school;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.dataimport.table.TemplateColumn;
import org.edubalance.dataimport.table.TemplateColumn.Entry;
import org.edubalance.dataimport.table.TemplateSheet;
import org.edubalance.dataimport.table.XlsxTemplateWriter;

/**
 * The fill-in template of the school file (docs/data-formats.md §1), in Chinese (headers are the contract's Chinese labels,
 * drop-downs offer the Chinese names) or English (the English ids and constants). Whatever the language, the importer
 * reads a filled-in template as it reads any school file.
 */
public final class SchoolTemplate {
    private SchoolTemplate() {}

    /** Writes the template in {@code language} (Chinese for {@code zh}, English otherwise) to {@code out}. */
    public static void write(Locale language, OutputStream out) throws IOException {
        new XlsxTemplateWriter().write(sheet(language), out);
    }

    /** The template's content in {@code language}. */
    public static TemplateSheet sheet(Locale language) {
        boolean zh = language.getLanguage().equals(Locale.CHINESE.getLanguage());
        List<TemplateColumn> columns = new ArrayList<>();
        for (SchoolColumn column : SchoolColumn.values()) {
            columns.add(new TemplateColumn(
                    zh ? column.chineseLabel() : column.id(),
                    zh ? column.id() : column.chineseLabel(),
                    column.isRequired(),
                    need(column, zh),
                    entry(column),
                    choices(column, zh)));
        }
        return TemplateSheet.of(zh, zh ? "学校数据" : "schools", columns, zh ? "非负数（元、平方米）" : "number ≥ 0 (yuan, m²)");
    }

    private static String need(SchoolColumn column, boolean zh) {
        return switch (column.need()) {
            case REQUIRED -> zh ? "必填" : "required";
            case WITH_SEGMENT -> zh ? "有该学段时必填（无则填0）" : "required when the school has the segment (else 0)";
            case OPTIONAL -> zh ? "选填" : "optional";
        };
    }

    private static Entry entry(SchoolColumn column) {
        return switch (column.kind()) {
            case TEXT, CODE -> Entry.TEXT;
            case ENUMERATION -> Entry.CHOICE;
            case WHOLE_NUMBER -> column == SchoolColumn.YEAR ? Entry.TEXT : Entry.WHOLE_NUMBER;
            case DECIMAL ->
                column == SchoolColumn.LATITUDE || column == SchoolColumn.LONGITUDE ? Entry.DECIMAL : Entry.AMOUNT;
        };
    }

    private static List<String> choices(SchoolColumn column, boolean zh) {
        return switch (column) {
            case SCHOOL_TYPE -> TemplateColumn.choices(SchoolType.values(), SchoolType::chineseName, zh);
            case LOCATION -> TemplateColumn.choices(Location.values(), Location::chineseName, zh);
            case OWNERSHIP -> TemplateColumn.choices(Ownership.values(), Ownership::chineseName, zh);
            default -> List.of();
        };
    }
}
