package org.edubalance.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.edubalance.cli.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTimeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T03:02:01.5Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void defaultIsTheDataFilesTimeInChinaStandardTime() throws IOException {
        Path data = Files.writeString(dir.resolve("schools.csv"), "x");
        Files.setLastModifiedTime(data, FileTime.from(Instant.parse("2026-02-28T16:30:00.750Z")));
        assertThat(GenerationTime.of(null, data, CLOCK))
                .isEqualTo(OffsetDateTime.of(2026, 3, 1, 0, 30, 0, 0, ZoneOffset.ofHours(8)));
    }

    @Test
    void optionTakesATimeADateOrNow() {
        Path data = dir.resolve("absent.csv");
        assertThat(GenerationTime.of("2026-03-01T09:30:00+08:00", data, CLOCK))
                .isEqualTo(OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(GenerationTime.of("2026-03-01", data, CLOCK))
                .isEqualTo(OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(GenerationTime.of("now", data, CLOCK))
                .isEqualTo(OffsetDateTime.of(2026, 5, 4, 11, 2, 1, 0, ZoneOffset.ofHours(8)));
        assertThatThrownBy(() -> GenerationTime.of("yesterday", data, CLOCK))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Maybe");
    }
}
