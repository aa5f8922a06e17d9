package org.edubalance.dataimport.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.BackboneLevel;
import org.edubalance.core.staff.Degree;
import org.edubalance.core.staff.Gender;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Title;
import org.edubalance.dataimport.table.TemplateColumn;
import org.edubalance.dataimport.table.TemplateColumn.Entry;
import org.edubalance.dataimport.table.TemplateSheet;
import org.edubalance.dataimport.table.XlsxTemplateWriter;

/**
 * The fill-in template of the teacher roster (docs/data-formats.md §4), in Chinese (the contract's Chinese headers, the
 * Chinese names in the drop-downs) or English (ids and constants). The roster importer reads a filled-in template as
 * it reads any roster.
 */
public final class TeacherTemplate {
    private TeacherTemplate() {}

    /** Writes the template in {@code language} (Chinese for {@code zh}, English otherwise) to {@code out}. */
    public static void write(Locale language, OutputStream out) throws IOException {
        new XlsxTemplateWriter().write(sheet(language), out);
    }

    /** The template's content in {@code language}. */
    public static TemplateSheet sheet(Locale language) {
        boolean zh = language.getLanguage().equals(Locale.CHINESE.getLanguage());
        List<TemplateColumn> columns = new ArrayList<>();
        for (TeacherColumn column : TeacherColumn.values()) {
            columns.add(new TemplateColumn(
                    zh ? column.chineseLabel() : column.id(),
                    zh ? column.id() : column.chineseLabel(),
                    column.isRequired(),
                    column.isRequired() ? (zh ? "必填" : "required") : (zh ? "选填" : "optional"),
                    entry(column),
                    choices(column, zh)));
        }
        return TemplateSheet.of(zh, zh ? "教师名册" : "teachers", columns, zh ? "非负数" : "number ≥ 0");
    }

    private static Entry entry(TeacherColumn column) {
        return switch (column) {
            case YEARS_AT_SCHOOL -> Entry.WHOLE_NUMBER;
            case HOME_LATITUDE, HOME_LONGITUDE -> Entry.DECIMAL;
            case SEGMENT, SUBJECT, DEGREE, TITLE, BACKBONE_LEVEL, GENDER, IS_PRINCIPAL, EXEMPT -> Entry.CHOICE;
            // Codes, ids and years stay text: a code's leading zeros and the year's digits are not amounts.
            default -> Entry.TEXT;
        };
    }

    private static List<String> choices(TeacherColumn column, boolean zh) {
        return switch (column) {
            case SEGMENT -> TemplateColumn.choices(Segment.values(), Segment::chineseName, zh);
            case SUBJECT -> TemplateColumn.choices(Subject.values(), Subject::chineseName, zh);
            case DEGREE -> TemplateColumn.choices(Degree.values(), Degree::chineseName, zh);
            case TITLE -> TemplateColumn.choices(Title.values(), Title::chineseName, zh);
            case BACKBONE_LEVEL -> TemplateColumn.choices(BackboneLevel.values(), BackboneLevel::chineseName, zh);
            case GENDER -> TemplateColumn.choices(Gender.values(), Gender::chineseName, zh);
            case IS_PRINCIPAL, EXEMPT -> zh ? List.of("是", "否") : List.of("true", "false");
            default -> List.of();
        };
    }
}
