package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CSV parsed in parts on several threads gives exactly what it gives in one part: the same schools in file order
 * and the same report, errors and warnings with their rows, for every golden file, valid or broken.
 */
class SchoolImporterPartsTest {
    @TempDir
    static Path dir;

    static Stream<Path> files() throws IOException {
        Path generated = SchoolFiles.generate(dir.resolve("generated.csv"), 3_000);
        return Stream.concat(
                Stream.of(generated, manyErrors(generated), lineBreaksInNames(generated)),
                Stream.of(
                                "schools-valid.csv",
                                "schools-bom.csv",
                                "schools-wanyuan.csv",
                                "schools-warnings.csv",
                                "invalid/imp-001-segment-columns-missing.csv",
                                "invalid/imp-004-unclosed-quote.csv",
                                "invalid/imp-011-county-code-malformed.csv",
                                "invalid/imp-030-not-a-number.csv",
                                "invalid/imp-033-segment-figure-blank.csv",
                                "invalid/imp-041-students-without-teachers.csv",
                                "invalid/imp-050-duplicate-school-row.csv")
                        .map(SchoolFiles::resource));
    }

    /** The generated file with a line break inside the (quoted) name of every 100th school, so parts may split one. */
    private static Path lineBreaksInNames(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        for (int i = 1; i < rows.size(); i += 100) {
            rows.get(i).set(SchoolColumn.SCHOOL_NAME.ordinal(), "第一\n小学");
        }
        return write(rows, "line-breaks.csv");
    }

    /** The generated file with a bad number on every 10th row and a repeated school: more errors than the cap. */
    private static Path manyErrors(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        for (int i = 1; i < rows.size(); i += 10) {
            rows.get(i).set(SchoolColumn.BOOKS.ordinal(), "many");
        }
        rows.add(rows.get(2));
        return write(rows, "many-errors.csv");
    }

    private static Path write(List<List<String>> rows, String name) throws IOException {
        Path file = dir.resolve(name);
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("files")
    void partsGiveTheSameSchoolsAndReportAsOnePart(Path file) {
        Object whole = outcome(new SchoolImporter(20, 1, Long.MAX_VALUE), file);
        for (int parts : new int[] {2, 3, 8}) {
            assertThat(outcome(new SchoolImporter(20, parts, 1), file))
                    .as("%s in %d parts", file.getFileName(), parts)
                    .isEqualTo(whole);
        }
    }

    /** The schools and report of an import, or the report of a rejection. */
    private static Object outcome(SchoolImporter importer, Path file) {
        try {
            SchoolImport imported = importer.importFile(file);
            return new Accepted(
                    imported.schools(),
                    imported.report().issues(),
                    imported.report().summary());
        } catch (ImportRejectedException e) {
            ImportReport report = e.report();
            return new Rejected(report.issues(), report.summary());
        }
    }

    private record Accepted(Object schools, Object issues, String summary) {}

    private record Rejected(Object issues, String summary) {}
}
