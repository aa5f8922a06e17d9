package org.edubalance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands other than {@code serve} run without loading Spring: a fresh JVM lists the classes it loads. */
class LeanStartupTest {

    @Test
    void demoRunsWithoutLoadingASpringClass(@TempDir Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xlog:class+load=info:file=" + log,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EduBalanceCommand.class.getName(),
                        "demo",
                        "--out",
                        dir.resolve("demo").toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("out.txt")))
                .isZero();
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(loaded).contains("org.edubalance.cli.demo.DemoCommand");
        assertThat(loaded).doesNotContain("org.springframework.", "org.edubalance.app.");
    }
}
