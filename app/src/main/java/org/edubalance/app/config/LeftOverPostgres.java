package org.edubalance.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops an embedded PostgreSQL left running by a platform that was killed (kill -9, power cut of the JVM only): the
 * server outlives its JVM and keeps the data directory locked, so the next start would fail. PostgreSQL itself clears
 * a stale lock file whose process is gone; this handles the one whose process still runs.
 */
final class LeftOverPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(LeftOverPostgres.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private LeftOverPostgres() {}

    /** Stops the PostgreSQL that holds {@code dataDirectory}'s lock, if it still runs. */
    static void stop(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return;
        }
        List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(LeftOverPostgres::isPostgres);
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("PostgreSQL (pid {}) left over by an earlier run still holds {}; stopping it.", pid, dataDirectory);
        // SIGTERM: PostgreSQL's smart shutdown, which completes committed work and leaves the data consistent.
        server.get().destroy();
        try {
            server.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "The left-over PostgreSQL (pid " + pid + ") did not stop within " + STOP_WAIT_SECONDS
                            + " s. Maybe stop it by hand: kill " + pid,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the left-over PostgreSQL", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }
}
