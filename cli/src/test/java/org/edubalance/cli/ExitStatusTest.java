package org.edubalance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh JVM ends with the command's exit code: 0 returns from main (main avoids System.exit then), anything else
 * goes through System.exit; either way the process ends. A fresh JVM also shows what main sets up before any logger
 * exists: the batch commands' logging.
 */
class ExitStatusTest {

    @Test
    void aSuccessfulRunEndsWithStatusZero(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(run(dir, "demo", "--out", dir.resolve("demo").toString())).isZero();
        assertThat(dir.resolve("demo").resolve("schools.csv")).isRegularFile();
    }

    @Test
    void badInputEndsWithStatusTwo(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(run(dir, "evaluate", "--data", dir.resolve("missing.csv").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("missing.csv: no such file");
    }

    @Test
    void aReportRunShowsNoFontReadersChatter(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(run(dir, "demo", "--out", dir.resolve("demo").toString())).isZero();

        int status = run(
                dir,
                "report",
                "--data",
                dir.resolve("demo").resolve("schools.csv").toString(),
                "--out",
                dir.resolve("reports").toString());

        // The shipped fonts hold a table fontbox skips with a warning per font: nothing a user can act on.
        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(status).as(out).isZero();
        assertThat(out).contains("720121.pdf").doesNotContain("cmap").doesNotContain("WARN");
    }

    @Test
    void theSolversBannerStaysOffTheCommandsOutput(@TempDir Path dir) throws IOException, InterruptedException {
        assertThat(run(dir, "demo", "--out", dir.resolve("demo").toString())).isZero();

        // HiGHS writes its banner from native code, past System.out: only a fresh process's output shows it.
        int status = run(
                dir,
                "plan",
                "rotation",
                "--schools",
                dir.resolve("demo").resolve("schools.csv").toString(),
                "--teachers",
                dir.resolve("demo").resolve("teachers.csv").toString(),
                "--out",
                dir.resolve("rotation.json").toString());

        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(status).as(out).isZero();
        assertThat(out)
                .contains("Teacher rotation, county 720121")
                .doesNotContain("HiGHS 1.")
                .doesNotContain("Copyright");
    }

    private static int run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                EduBalanceCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the process ended")
                .isTrue();
        return process.exitValue();
    }
}
