package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.cli.evaluate.GoldenCountyTest.golden;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.dataimport.school.SchoolColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden county as a bureau would keep it: an Excel workbook with Chinese headers, Chinese enumeration values and numeric cells. The
 * evaluation must be the same as from the English-header CSV.
 */
class ChineseWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void chineseHeaderWorkbookEvaluatesLikeTheCsv() throws IOException {
        Path workbook = dir.resolve("学校数据.xlsx");
        writeWithChineseHeaders(golden("schools.csv"), workbook);
        Files.copy(golden("county-inputs.csv"), dir.resolve("county-inputs.csv"));

        CliRun fromXlsx = CliRun.of("evaluate", "--data", workbook.toString(), "--format", "json");
        CliRun fromCsv = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--format", "json");

        assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isEqualTo(ExitCodes.OK);
        assertThat(fromXlsx.out()).isEqualTo(fromCsv.out()).contains("\"verdict\":\"NOT_MET\"");
    }

    private static void writeWithChineseHeaders(Path csv, Path xlsx) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("学校");
            String[] ids = lines.getFirst().split(",", -1);
            Row header = sheet.createRow(0);
            for (int c = 0; c < ids.length; c++) {
                header.createCell(c).setCellValue(chinese(ids[c]));
            }
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    boolean numeric = cells[c].matches("-?\\d+(\\.\\d+)?") && !ids[c].endsWith("_code");
                    if (numeric) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(chineseValue(ids[c], cells[c]));
                    }
                }
            }
            book.write(out);
        }
    }

    /** Enumerations as a bureau writes them: 小学, 城区, 公办 … */
    private static String chineseValue(String id, String value) {
        return switch (id) {
            case "school_type" -> SchoolType.valueOf(value).chineseName();
            case "location" -> Location.valueOf(value).chineseName();
            case "ownership" -> Ownership.valueOf(value).chineseName();
            default -> value;
        };
    }

    private static String chinese(String id) {
        for (SchoolColumn column : SchoolColumn.values()) {
            if (column.id().equals(id)) {
                return column.chineseLabel();
            }
        }
        throw new IllegalArgumentException("No column " + id);
    }
}
