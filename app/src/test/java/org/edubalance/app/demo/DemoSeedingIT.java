package org.edubalance.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoSeedingIT {

    @Test
    void loadsTheDemoOnceAndKeepsItAcrossARestart(@TempDir Path dataDir) throws IOException {
        Snapshot first = startAndLook(dataDir);
        Snapshot second = startAndLook(dataDir);

        assertThat(first.years()).containsExactly(2025, 2024);
        assertThat(first.rows()).isGreaterThan(400);
        assertThat(first.accounts()).containsExactly("admin", "inspector", "planner", "principal");
        assertThat(second).isEqualTo(first);
        assertThat(firstPasswords(dataDir)).containsOnlyKeys("admin", "planner", "inspector", "principal");
    }

    @Test
    void writesTheGeneratedFirstPasswordToAnOwnerOnlyFileInTheDataDirectoryOnce(@TempDir Path dataDir)
            throws IOException {
        Path file = dataDir.resolve("initial-passwords.txt");
        try (ConfigurableApplicationContext app = start(dataDir, "--app.demo.enabled=false")) {
            Map<String, String> passwords = firstPasswords(dataDir);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(file)).containsIgnoringCase("delete this file");
            assertThat(passwords).containsOnlyKeys("admin");
            String hash =
                    app.getBean(UserAccounts.class).find("admin").orElseThrow().passwordHash();
            assertThat(app.getBean(PasswordEncoder.class).matches(passwords.get("admin"), hash))
                    .isTrue();
        }
        Files.delete(file);

        try (ConfigurableApplicationContext restarted = start(dataDir, "--app.demo.enabled=false")) {
            assertThat(restarted.getBean(UserAccounts.class).all()).hasSize(1);
        }
        assertThat(file).doesNotExist();
    }

    /** The file's {@code user / password} lines. */
    private static Map<String, String> firstPasswords(Path dataDir) throws IOException {
        Map<String, String> passwordByUser = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dataDir.resolve("initial-passwords.txt"))) {
            String[] parts = line.strip().split(" / ");
            if (parts.length == 2 && !line.startsWith("#")) {
                passwordByUser.put(parts[0], parts[1]);
            }
        }
        return passwordByUser;
    }

    private static Snapshot startAndLook(Path dataDir) {
        try (ConfigurableApplicationContext app = start(dataDir)) {
            SchoolYears schoolYears = app.getBean(SchoolYears.class);
            List<Integer> years = schoolYears.years();
            return new Snapshot(
                    years,
                    years.stream().mapToInt(y -> schoolYears.ofYear(y).size()).sum(),
                    app.getBean(UserAccounts.class).all().stream()
                            .map(a -> a.username())
                            .toList(),
                    app.getBean(DatasetImports.class).all().size());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> args = new ArrayList<>(List.of("--app.data-dir=" + dataDir, "--app.demo.years=2"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private record Snapshot(List<Integer> years, int rows, List<String> accounts, int imports) {}
}
