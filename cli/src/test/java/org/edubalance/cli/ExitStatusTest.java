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
        Path demo = demo(dir);

        String out = succeeded(
                dir,
                "report",
                "--data",
                demo.resolve("schools.csv").toString(),
                "--out",
                dir.resolve("reports").toString());

        // The shipped fonts hold a table fontbox skips with a warning per font: nothing a user can act on.
        assertThat(out).contains("720121.pdf").doesNotContain("cmap").doesNotContain("WARN");
    }

    @Test
    void theSolversBannerStaysOffTheCommandsOutput(@TempDir Path dir) throws IOException, InterruptedException {
        Path demo = demo(dir);

        // HiGHS writes its banner from native code, past System.out: only a fresh process's output shows it.
        String out = succeeded(
                dir,
                "plan",
                "rotation",
                "--schools",
                demo.resolve("schools.csv").toString(),
                "--teachers",
                demo.resolve("teachers.csv").toString(),
                "--out",
                dir.resolve("rotation.json").toString());

        assertThat(out)
                .contains("Teacher rotation, county 720121")
                .doesNotContain("HiGHS 1.")
                .doesNotContain("Copyright");
    }

    /** The county demo's files, written by a fresh process into {@code dir/demo}. */
    private static Path demo(Path dir) throws IOException, InterruptedException {
        assertThat(run(dir, "demo", "--out", dir.resolve("demo").toString())).isZero();
        return dir.resolve("demo");
    }

    /** The output (standard output and error) of a fresh process's successful run. */
    private static String succeeded(Path dir, String... args) throws IOException, InterruptedException {
        int status = run(dir, args);
        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(status).as(out).isZero();
        return out;
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
