package org.edubalance.dataimport.school;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.edubalance.dataimport.table.TableRow;
import org.edubalance.dataimport.table.XlsxFixtures;

/** Test files: the committed CSV fixtures, and files generated from them at test time. */
final class SchoolFiles {

    private SchoolFiles() {}

    /** A file under {@code src/test/resources/dataimport/}. */
    static Path resource(String name) {
        URL url = Objects.requireNonNull(SchoolFiles.class.getResource("/dataimport/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var reader = CsvTableReader.open(csv)) {
            for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                rows.add(new ArrayList<>(row.cells()));
            }
        }
        return rows;
    }

    /**
     * The English-header CSV {@code csv} as an Excel workbook the way a bureau keeps it: Chinese headers, Chinese
     * names for the enumerations, numbers in numeric cells (county codes too), school codes as text.
     */
    static Path toChineseXlsx(Path csv, Path xlsx) throws IOException {
        List<List<String>> rows = rows(csv);
        List<SchoolColumn> columns = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        for (String id : rows.getFirst()) {
            SchoolColumn column = SchoolColumn.valueOf(id.toUpperCase(Locale.ROOT));
            columns.add(column);
            header.add(column.chineseLabel());
        }
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(header);
        for (List<String> row : rows.subList(1, rows.size())) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(chineseCell(columns.get(i), row.get(i)));
            }
            sheet.add(cells);
        }
        return XlsxFixtures.write(xlsx, "学校基本情况", sheet);
    }

    private static Object chineseCell(SchoolColumn column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return switch (column) {
            case SCHOOL_TYPE -> SchoolType.valueOf(value).chineseName();
            case LOCATION -> Location.valueOf(value).chineseName();
            case OWNERSHIP -> Ownership.valueOf(value).chineseName();
            case SCHOOL_CODE, COUNTY_NAME, PROVINCE_NAME, CITY_NAME, TOWN_NAME, SCHOOL_NAME -> value;
            default -> number(value);
        };
    }

    private static Object number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /**
     * Writes a school file of {@code count} rows, cycling through the rows of the valid fixture with fresh school
     * codes and about 70 schools per county, like the nation-scale demo.
     */
    static Path generate(Path file, int count) throws IOException {
        List<List<String>> template = rows(resource("schools-valid.csv"));
        int countyCode = SchoolColumn.COUNTY_CODE.ordinal();
        int schoolCode = SchoolColumn.SCHOOL_CODE.ordinal();
        try (var writer = CsvTableWriter.create(file)) {
            writer.writeRow(template.getFirst());
            for (int i = 0; i < count; i++) {
                List<String> row = new ArrayList<>(template.get(1 + i % (template.size() - 1)));
                row.set(countyCode, Integer.toString(110000 + i / 70));
                row.set(schoolCode, Long.toString(1_000_000_000L + i));
                writer.writeRow(row);
            }
        }
        return file;
    }
}
