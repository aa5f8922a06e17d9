package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

    @TempDir
    Path dir;

    @Test
    void choosesTheReaderByExtensionIgnoringCase() throws IOException {
        Path csv = Files.writeString(dir.resolve("Schools.CSV"), "a\n");
        Path xlsx = XlsxFixtures.write(dir.resolve("Schools.XLSX"), "s", List.of(List.of("a")));

        try (var csvReader = TableReader.open(csv);
                var xlsxReader = TableReader.open(xlsx)) {
            assertThat(csvReader).isInstanceOf(CsvTableReader.class);
            assertThat(xlsxReader).isInstanceOf(XlsxTableReader.class);
        }
    }

    @Test
    void rejectsOtherExtensionsNamingTheFile() {
        assertThatThrownBy(() -> TableReader.open(dir.resolve("schools.xls")))
                .isInstanceOf(UnsupportedTableFormatException.class)
                .hasMessageStartingWith("Cannot read 'schools.xls': only .csv (UTF-8) and .xlsx files are read.")
                .hasMessageContaining("Maybe");
    }

    @Test
    void formatIsKnownByExtension() {
        assertThat(TableFormat.of(Path.of("a/b.csv"))).contains(TableFormat.CSV);
        assertThat(TableFormat.of(Path.of("b.xlsx"))).contains(TableFormat.XLSX);
        assertThat(TableFormat.of(Path.of("b.txt"))).isEmpty();
        assertThat(TableFormat.of(Path.of("xlsx"))).isEmpty();
    }
}
