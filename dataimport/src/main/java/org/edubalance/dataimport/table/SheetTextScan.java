package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Finds a cell of more than {@link OversizedCellException#MAX_CELL_CHARS} characters in a workbook's worksheets
 * before fastexcel-reader parses them. The reader turns every number cell into a {@code BigDecimal} as it goes, which
 * takes hours for a cell of ten million digits (parsing digits is quadratic), and it would hold a text of a gigabyte
 * whole; so the worksheets' XML is first read byte by byte, counting the characters between tags and remembering the
 * last cell reference ({@code <c r="N3">}), in constant memory.
 */
final class SheetTextScan {
    private static final int TAG_KEPT = 256;
    private static final int HEAD_KEPT = 4 * 80;

    private SheetTextScan() {}

    /** Scans every worksheet of {@code file}; {@code sheetName} names the first in the exception. */
    static void check(Path file, String fileName, String sheetName) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        scan(in, fileName, name.equals("xl/worksheets/sheet1.xml") ? sheetName : name);
                    }
                }
            }
        }
    }

    static void scan(InputStream xml, String fileName, String sheet) throws IOException {
        byte[] tag = new byte[TAG_KEPT];
        byte[] head = new byte[HEAD_KEPT];
        int tagLength = 0;
        int headLength = 0;
        boolean inTag = false;
        long characters = 0;
        @Nullable String lastCell = null;
        byte[] buffer = new byte[1 << 16];
        for (int n = xml.read(buffer); n >= 0; n = xml.read(buffer)) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xff;
                if (b == '<') {
                    inTag = true;
                    tagLength = 0;
                    characters = 0;
                    headLength = 0;
                } else if (inTag) {
                    if (b == '>') {
                        inTag = false;
                        String reference = cellReference(tag, tagLength);
                        if (reference != null) {
                            lastCell = reference;
                        }
                    } else if (tagLength < TAG_KEPT) {
                        tag[tagLength++] = (byte) b;
                    }
                } else {
                    if ((b & 0xC0) != 0x80) {
                        characters++;
                    }
                    if (headLength < HEAD_KEPT) {
                        head[headLength++] = (byte) b;
                    }
                    if (characters > OversizedCellException.MAX_CELL_CHARS) {
                        throw oversized(
                                fileName, sheet, lastCell, new String(head, 0, headLength, StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private static OversizedCellException oversized(String fileName, String sheet, @Nullable String cell, String head) {
        if (cell == null) {
            return OversizedCellException.text(fileName, sheet, 0, "?", head);
        }
        int digits = 0;
        while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
            digits++;
        }
        long row = digits < cell.length() ? Long.parseLong(cell.substring(digits)) : 0;
        return OversizedCellException.text(fileName, sheet, row, cell.substring(0, digits), head);
    }

    /** The {@code r} attribute of a {@code <c …>} tag, or {@code null} for other tags. */
    private static @Nullable String cellReference(byte[] tag, int length) {
        if (length < 2 || tag[0] != 'c' || (tag[1] != ' ' && tag[1] != '\t' && tag[1] != '\n' && tag[1] != '\r')) {
            return null;
        }
        String text = new String(tag, 0, length, StandardCharsets.US_ASCII);
        int at = text.indexOf(" r=\"");
        if (at < 0) {
            return null;
        }
        int end = text.indexOf('"', at + 4);
        String reference = end < 0 ? "" : text.substring(at + 4, end);
        return reference.matches("[A-Z]{1,3}[0-9]{1,7}") ? reference : null;
    }
}
