package org.edubalance.report.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    @TempDir
    Path dir;

    @Test
    void checksumIsTheSha256OfTheBytesAndTheNameHasNoDirectory() throws IOException {
        Path file = dir.resolve("schools.csv");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        SourceFile source = SourceFile.of("School data", file);
        // FIPS 180-2 test vector for "abc".
        assertThat(source.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(source.name()).isEqualTo("schools.csv");
    }

    @Test
    void rejectsAChecksumThatIsNotSha256Hex() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SourceFile("x", "y", "ABC"));
    }
}
