package org.edubalance.report.render;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.edubalance.report.model.RowKind;

/**
 * The cell styles of one workbook, created once and shared: a workbook holds at most 64,000 styles, so styles are
 * keyed by row kind and number scale, never made per cell.
 *
 * <ul>
 *   <li>title: bold 14 pt; other title lines: 10 pt;
 *   <li>header: bold, grey, bordered, wrapped, centred; note row: italic grey text, wrapped;
 *   <li>section: bold on pale blue across the table; total: bold with a top border; addition: italic on light
 *       yellow, so EduBalance's rows never pass for form content;
 *   <li>numbers: {@code 0}, {@code 0.00}, {@code 0.000} … by scale.
 * </ul>
 */
final class XlsxStyles {
    /** The key of a text style in the per-kind style map. */
    private static final int TEXT = -1;

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle note;
    private final Map<RowKind, Map<Integer, CellStyle>> bodyByKind = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        title = workbook.createCellStyle();
        title.setFont(font(true, false, (short) 14, IndexedColors.BLACK));
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(false, false, (short) 10, IndexedColors.BLACK));
        header = bordered(workbook.createCellStyle());
        header.setFont(font(true, false, (short) 11, IndexedColors.BLACK));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        note = bordered(workbook.createCellStyle());
        note.setFont(font(false, true, (short) 9, IndexedColors.GREY_80_PERCENT));
        note.setWrapText(true);
        note.setAlignment(HorizontalAlignment.CENTER);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle title() {
        return title;
    }

    CellStyle subtitle() {
        return subtitle;
    }

    CellStyle header() {
        return header;
    }

    CellStyle note() {
        return note;
    }

    /** The style of a text or blank cell in a row of {@code kind}. */
    CellStyle text(RowKind kind) {
        return style(kind, TEXT);
    }

    /** The style of a number with {@code scale} decimals in a row of {@code kind}. */
    CellStyle number(RowKind kind, int scale) {
        return style(kind, scale);
    }

    private CellStyle style(RowKind kind, int scale) {
        return bodyByKind.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(scale, s -> create(kind, s));
    }

    private CellStyle create(RowKind kind, int scale) {
        CellStyle style = workbook.createCellStyle();
        switch (kind) {
            case BODY -> {}
            case SECTION -> {
                style.setFont(font(true, false, (short) 11, IndexedColors.BLACK));
                fill(style, IndexedColors.PALE_BLUE);
            }
            case TOTAL -> {
                style.setFont(font(true, false, (short) 11, IndexedColors.BLACK));
                style.setBorderTop(BorderStyle.THIN);
            }
            case ADDITION -> {
                style.setFont(font(false, true, (short) 11, IndexedColors.GREY_80_PERCENT));
                fill(style, IndexedColors.LIGHT_YELLOW);
            }
            case WARNING -> {
                style.setFont(font(true, false, (short) 11, IndexedColors.DARK_RED));
                fill(style, IndexedColors.ROSE);
            }
        }
        if (scale != TEXT) {
            style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat(scale)));
        }
        return style;
    }

    /** {@code 0} for scale 0, else {@code 0.} followed by {@code scale} zeros. */
    static String numberFormat(int scale) {
        return scale == 0 ? "0" : "0." + "0".repeat(scale);
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font font(boolean bold, boolean italic, short points, IndexedColors color) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints(points);
        font.setColor(color.getIndex());
        return font;
    }
}
