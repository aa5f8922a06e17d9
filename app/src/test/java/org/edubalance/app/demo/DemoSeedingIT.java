package org.edubalance.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
    void loadsTheDemoOnceAndKeepsItAcrossARestart(@TempDir Path dataDir) throws IOException, SQLException {
        Snapshot first = startAndLook(dataDir);
        Snapshot second = startAndLook(dataDir);

        assertThat(first.years()).containsExactly(2025, 2024);
        assertThat(first.rows()).isGreaterThan(400);
        assertThat(first.accounts()).containsExactly("admin", "inspector", "planner", "principal");
        assertThat(second).isEqualTo(first);
        assertThat(firstPasswords(dataDir)).containsOnlyKeys("admin", "planner", "inspector", "principal");
        // The demo rounds: opened once, through the planners' steps, and the admission draw's job ran to the end.
        assertThat(first.rounds()).containsExactly("ADMISSION G1 DRAWN DONE", "QUOTA null COMMITTED null");
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

    private static Snapshot startAndLook(Path dataDir) throws SQLException {
        try (ConfigurableApplicationContext app = start(dataDir)) {
            SchoolYears schoolYears = app.getBean(SchoolYears.class);
            List<Integer> years = schoolYears.years();
            DataSource database = app.getBean(DataSource.class);
            // The admission round's job runs in the background once the platform is up.
            await().atMost(Duration.ofMinutes(2))
                    .until(
                            () -> rounds(database).getFirst(),
                            round -> round.endsWith("DONE") || round.endsWith("FAILED"));
            return new Snapshot(
                    rounds(database),
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

    /** Each round as "kind grade status job-status", in the order they were opened. */
    private static List<String> rounds(DataSource database) throws SQLException {
        List<String> rounds = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select r.kind, r.entry_grade, r.status, j.status"
                                + " from enrolment_round r left join planning_job j on j.id = r.planning_job_id order by r.id")) {
            while (rows.next()) {
                rounds.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                        + rows.getString(4));
            }
        }
        return rounds;
    }

    private record Snapshot(List<String> rounds, List<Integer> years, int rows, List<String> accounts, int imports) {}
}
