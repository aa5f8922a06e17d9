package org.edubalance.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftOverPostgresIT {

    @Test
    void stopsTheServerThatStillHoldsTheDataDirectorySoANewOneStarts(@TempDir Path dir) throws IOException {
        EmbeddedPostgres leftOver = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .start();
        long pid = Long.parseLong(
                Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().strip());

        LeftOverPostgres.stop(dir);

        assertThat(ProcessHandle.of(pid)).isEmpty();
        // Releases zonky's in-JVM lock on the directory; a killed platform's JVM holds none.
        closeQuietly(leftOver);
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .start()) {
            assertThat(restarted.getPort()).isPositive();
        }
    }

    /** The stopped server's handle has nothing left to close; whatever it says about that is beside the point. */
    private static void closeQuietly(EmbeddedPostgres stopped) {
        try {
            stopped.close();
        } catch (IOException | RuntimeException e) {
            assertThat(e).isNotNull();
        }
    }
}
