package org.edubalance.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.app.EduBalanceApplication;
import org.edubalance.core.account.UserAccounts;
import org.edubalance.core.school.SchoolYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production mode: {@code app.db.mode=external} connects to {@code spring.datasource.*} and migrates it. */
class ExternalDatabaseIT {

    @Test
    void migratesAnExternalDatabaseAndCreatesOnlyAnAdministratorWithoutTheDemo(@TempDir Path dataDir)
            throws IOException {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                var app = new SpringApplicationBuilder(EduBalanceApplication.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--app.db.mode=external",
                                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--app.data-dir=" + dataDir,
                                "--app.demo.enabled=false")) {

            assertThat(app.containsBean("embeddedPostgres")).isFalse();
            assertThat(app.getBean(SchoolYears.class).isEmpty()).isTrue();
            assertThat(app.getBean(UserAccounts.class).all())
                    .singleElement()
                    .satisfies(admin -> assertThat(admin.username()).isEqualTo("admin"));
            // The generated password goes to the data directory also when the database is elsewhere.
            assertThat(Files.readString(dataDir.resolve("initial-passwords.txt")))
                    .contains("admin / ");
        }
    }
}
