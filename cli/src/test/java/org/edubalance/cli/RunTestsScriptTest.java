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

/**
 * The README's test command, {@code ./run-tests}, on a machine where it may not install the browser: it stops before
 * Maven with one message naming the command that provisions it, instead of failing later inside the browser tests.
 */
class RunTestsScriptTest {

    private static final Path SCRIPT =
            Path.of("..", "run-tests").toAbsolutePath().normalize();

    @Test
    void withoutTheBrowserAndWithoutRightsToInstallItTheScriptNamesTheCommandToRun(@TempDir Path dir)
            throws IOException, InterruptedException {
        assertThat(SCRIPT).isExecutable();
        var builder = new ProcessBuilder(List.of(SCRIPT.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("EDUBALANCE_NO_INSTALL", "1");
        builder.environment()
                .put("EDUBALANCE_CHROMIUM", dir.resolve("no-chromium").toString());
        builder.environment()
                .put("EDUBALANCE_CHROMEDRIVER", dir.resolve("no-chromedriver").toString());
        builder.environment()
                .put("EDUBALANCE_CJK_FONT_DIR", dir.resolve("no-fonts").toString());
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isEqualTo(3);
        assertThat(out)
                .contains("missing: chromium chromium-driver fonts-wqy-microhei")
                .contains("sudo apt-get update && sudo apt-get install -y chromium chromium-driver fonts-wqy-microhei")
                .doesNotContain("BUILD");
    }
}
