package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link TemplateSheet} as an {@code .xlsx} a bureau fills in: the data sheet with bold headers (required
 * ones shaded), the header row frozen, drop-down lists on enumerated columns and number checks on figures, so most
 * mistakes are caught while typing; then a notes sheet explaining each column.
 */
public final class XlsxTemplateWriter {
    /** Rows below the header that carry the drop-downs and checks (a county has well under this many schools). */
    static final int CHECKED_ROWS = 5_000;

    /** Writes {@code template} to {@code out} (left open). */
    public void write(TemplateSheet template, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook, false);
            CellStyle requiredHeader = headerStyle(workbook, true);
            Sheet data = workbook.createSheet(template.dataSheet());
            Row headers = data.createRow(0);
            for (int c = 0; c < template.columns().size(); c++) {
                TemplateColumn column = template.columns().get(c);
                var cell = headers.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? requiredHeader : header);
                data.setColumnWidth(c, 256 * Math.max(12, 2 * column.header().length() + 2));
                check(data, c, column);
            }
            data.createFreezePane(0, 1);
            notes(workbook.createSheet(template.notesSheet()), template, header);
            workbook.write(out);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, boolean shaded) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        if (shaded) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private static void check(Sheet sheet, int column, TemplateColumn spec) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (spec.entry()) {
            case TEXT, DECIMAL -> null;
            case WHOLE_NUMBER -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case AMOUNT -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case CHOICE -> helper.createExplicitListConstraint(spec.choices().toArray(String[]::new));
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, CHECKED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(
                spec.header(),
                spec.entry() == TemplateColumn.Entry.CHOICE
                        ? String.join(", ", spec.choices())
                        : spec.entry() == TemplateColumn.Entry.WHOLE_NUMBER ? "≥ 0, whole" : "≥ 0");
        sheet.addValidationData(validation);
    }

    private static void notes(Sheet sheet, TemplateSheet template, CellStyle header) {
        Row top = sheet.createRow(0);
        for (int c = 0; c < template.notesHeaders().size(); c++) {
            var cell = top.createCell(c);
            cell.setCellValue(template.notesHeaders().get(c));
            cell.setCellStyle(header);
        }
        int r = 1;
        for (TemplateColumn column : template.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.otherName());
            row.createCell(2).setCellValue(column.need());
            row.createCell(3)
                    .setCellValue(template.entryNames().get(column.entry().ordinal()));
            row.createCell(4).setCellValue(String.join(", ", column.choices()));
        }
        int[] widths = {28, 28, 22, 22, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, 256 * widths[c]);
        }
        sheet.createFreezePane(0, 1);
    }
}
