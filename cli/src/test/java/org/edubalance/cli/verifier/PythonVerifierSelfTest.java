package org.edubalance.cli.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent Python verifier (verifier/, standard library only) passes its own suite during the Maven build,
 * so the README's test command covers it: its hand-built fixtures, its recorded digests, its tampered results and
 * its located bad input (verifier/README.md).
 */
class PythonVerifierSelfTest {

    @Test
    void theVerifiersOwnSuitePasses(@TempDir Path dir) throws IOException, InterruptedException {
        Path root = repositoryRoot();
        Path log = dir.resolve("unittest.txt");
        var builder = new ProcessBuilder(List.of("python3", "-m", "unittest", "discover", "-s", "verifier/tests", "-v"))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the suite writes no bytecode into the source tree
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();

        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out)
                .contains("test_every_fixture_gives_its_hand_derived_result")
                .containsPattern("Ran \\d+ tests");
    }

    /** The folder holding verifier/, walking up from the module's working directory. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("verifier"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }
}
