package org.edubalance.app.pairingrecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of pairings (CSV in UTF-8 or XLSX, first sheet) into rows, its header in English or Chinese:
 * {@code segment}/学段, {@code mentor_school_code}/帮扶学校代码, {@code mentee_school_code}/受援学校代码, {@code
 * start_year}/开始学年, {@code end_year}/结束学年 (optional), {@code agreement_signed_on}/协议签订日期, {@code
 * agreement_summary}/协议摘要, {@code agreement_reference}/协议文号 (optional). Only the file is read here; the rows
 * are checked by {@link PairingRules}, so an import obeys the form's rules.
 */
final class PairingImport {
    /** More pairings than a county has schools squared is not a pairing file. */
    static final int MAX_ROWS = 5_000;

    private static final Map<String, String> HEADERS = headers();
    private static final List<String> REQUIRED = List.of(
            PairingRow.SEGMENT,
            PairingRow.MENTOR,
            PairingRow.MENTEE,
            PairingRow.START,
            PairingRow.SIGNED,
            PairingRow.SUMMARY);

    private PairingImport() {}

    /** The rows of {@code content} sent as {@code fileName}; the file's violations when it cannot be read. */
    static List<PairingRow> read(String fileName, byte[] content) {
        String name = Path.of(fileName.replace('\\', '/')).getFileName() == null
                ? "pairings.csv"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        TableFormat format = TableFormat.of(Path.of(name)).orElse(null);
        if (format == null) {
            throw refused(name, 0, null, name);
        }
        Path file = null;
        try {
            file = Files.createTempFile("edubalance-pairings", format.extension());
            Files.write(file, content);
            try (TableReader reader = TableReader.open(file)) {
                return rows(name, reader);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PairingRefusedException refused) {
                throw refused;
            }
            throw refused(name, 0, null, null);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind is removed with the directory; the import's answer stands.
                }
            }
        }
    }

    private static List<PairingRow> rows(String name, TableReader reader) throws IOException {
        TableRow header = reader.nextRow();
        if (header == null) {
            throw refused(name, 0, null, null);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String id = HEADERS.get(header.cell(i).strip().toLowerCase(Locale.ROOT));
            if (id != null) {
                columns.putIfAbsent(id, i);
            }
        }
        List<PairingViolation> missing = new ArrayList<>();
        for (String id : REQUIRED) {
            if (!columns.containsKey(id)) {
                missing.add(new PairingViolation(name, 1, id, null, PairingViolation.COLUMN));
            }
        }
        if (!missing.isEmpty()) {
            throw new PairingRefusedException(missing);
        }
        List<PairingRow> rows = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (isBlank(row)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw refused(name, row.number(), null, null);
            }
            rows.add(new PairingRow(
                    row.number(),
                    cell(row, columns, PairingRow.SEGMENT),
                    cell(row, columns, PairingRow.MENTOR),
                    cell(row, columns, PairingRow.MENTEE),
                    cell(row, columns, PairingRow.START),
                    cell(row, columns, PairingRow.END),
                    cell(row, columns, PairingRow.SIGNED),
                    cell(row, columns, PairingRow.SUMMARY),
                    cell(row, columns, PairingRow.REFERENCE)));
        }
        return rows;
    }

    private static String cell(TableRow row, Map<String, Integer> columns, String id) {
        Integer index = columns.get(id);
        return index == null ? "" : row.cell(index);
    }

    private static boolean isBlank(TableRow row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static PairingRefusedException refused(
            String file, long row, @Nullable String column, @Nullable String value) {
        return new PairingRefusedException(
                List.of(new PairingViolation(file, row, column, value, PairingViolation.FILE)));
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String id : List.of(
                PairingRow.SEGMENT,
                PairingRow.MENTOR,
                PairingRow.MENTEE,
                PairingRow.START,
                PairingRow.END,
                PairingRow.SIGNED,
                PairingRow.SUMMARY,
                PairingRow.REFERENCE)) {
            h.put(id, id);
        }
        h.put("学段", PairingRow.SEGMENT);
        h.put("帮扶学校代码", PairingRow.MENTOR);
        h.put("受援学校代码", PairingRow.MENTEE);
        h.put("开始学年", PairingRow.START);
        h.put("结束学年", PairingRow.END);
        h.put("协议签订日期", PairingRow.SIGNED);
        h.put("协议摘要", PairingRow.SUMMARY);
        h.put("协议文号", PairingRow.REFERENCE);
        return Map.copyOf(h);
    }
}
