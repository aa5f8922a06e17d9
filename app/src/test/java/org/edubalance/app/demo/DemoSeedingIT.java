package org.edubalance.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DemoSeedingIT {

    @Test
    void loadsTheDemoOnceAndKeepsItAcrossARestart(@TempDir Path dataDir) {
        Snapshot first = startAndLook(dataDir);
        Snapshot second = startAndLook(dataDir);

        assertThat(first.years()).containsExactly(2025, 2024);
        assertThat(first.rows()).isGreaterThan(400);
        assertThat(first.accounts()).containsExactly("admin", "inspector", "planner", "principal");
        assertThat(second).isEqualTo(first);
    }

    private static Snapshot startAndLook(Path dataDir) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBalanceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--app.data-dir=" + dataDir, "--app.demo.years=2")) {
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

    private record Snapshot(List<Integer> years, int rows, List<String> accounts, int imports) {}
}
