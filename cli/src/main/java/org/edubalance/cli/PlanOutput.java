package org.edubalance.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a command's plan goes: a workbook for the reader when the file's name ends in {@code .xlsx}, else the plan's
 * JSON document (the same the API answers).
 */
public final class PlanOutput {
    private PlanOutput() {}

    /** Writes a workbook to a file. */
    @FunctionalInterface
    public interface Workbook {
        void write(Path file) throws IOException;
    }

    /** Writes a JSON document to a stream. */
    @FunctionalInterface
    public interface Json {
        void write(OutputStream stream) throws IOException;
    }

    /** Whether {@code out} names a workbook ({@code .xlsx}, any case). */
    public static boolean isWorkbook(Path out) {
        return String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Writes the workbook to {@code out} when it names one, else the JSON document. */
    public static void write(Path out, Workbook workbook, Json json) throws IOException {
        if (isWorkbook(out)) {
            workbook.write(out);
        } else {
            try (OutputStream stream = Files.newOutputStream(out)) {
                json.write(stream);
            }
        }
    }
}
