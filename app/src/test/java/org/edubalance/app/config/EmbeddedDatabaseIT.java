package org.edubalance.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps the bureau's data durable (fsync, full-page writes, synchronous commit) and closed
 * (every connection, local or over TCP, needs the generated password kept owner-only beside the data), also when the
 * data directory was made by a version that trusted every local connection.
 */
class EmbeddedDatabaseIT {

    @Test
    void aNewDatabaseRefusesConnectionsWithoutTheGeneratedPasswordAndSyncsItsWrites(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedPostgres server = new EmbeddedDatabase(dataDir).start(0)) {
            Path passwordFile = dataDir.resolve("pg-password");
            String password = Files.readString(passwordFile).strip();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertRefusedWithout(server, password);
            try (Connection c = connect(server, password)) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "full_page_writes")).isEqualTo("on");
                assertThat(passwordlessRules(c)).isZero();
            }
        }
    }

    @Test
    void aRestartKeepsThePasswordOfItsFile(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = new EmbeddedDatabase(dataDir).start(0)) {
            assertThat(first.getPort()).isPositive();
        }
        String password = Files.readString(dataDir.resolve("pg-password"));

        try (EmbeddedPostgres second = new EmbeddedDatabase(dataDir).start(0);
                Connection c = connect(second, password.strip())) {
            assertThat(setting(c, "fsync")).isEqualTo("on");
        }
        assertThat(Files.readString(dataDir.resolve("pg-password"))).isEqualTo(password);
    }

    @Test
    void aDataDirectoryOfTheEarlierVersionIsClosedWithANewPasswordAndKeepsItsData(@TempDir Path dataDir)
            throws Exception {
        // What the earlier version left: initdb's trust for every local connection, no password file.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("pg"))
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = earlier.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table school (code text); insert into school values ('3601020001')");
        }
        assertThat(dataDir.resolve("pg-password")).doesNotExist();

        try (EmbeddedPostgres server = new EmbeddedDatabase(dataDir).start(0)) {
            Path passwordFile = dataDir.resolve("pg-password");
            String password = Files.readString(passwordFile).strip();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertRefusedWithout(server, password);
            try (Connection c = connect(server, password);
                    Statement s = c.createStatement();
                    var rows = s.executeQuery("select code from school")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("3601020001");
                assertThat(passwordlessRules(c)).isZero();
            }
        }
    }

    @Test
    void aClosedDatabaseWhosePasswordFileIsGoneIsNotStartedAndTheMessageSaysWhy(@TempDir Path dataDir)
            throws IOException {
        try (EmbeddedPostgres first = new EmbeddedDatabase(dataDir).start(0)) {
            assertThat(first.getPort()).isPositive();
        }
        Files.delete(dataDir.resolve("pg-password"));

        assertThatThrownBy(() -> new EmbeddedDatabase(dataDir).start(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pg-password")
                .hasMessageContaining("pg_hba.conf");
        assertThat(dataDir.resolve("pg-password")).doesNotExist();
    }

    private static void assertRefusedWithout(EmbeddedPostgres server, String password) {
        assertThatThrownBy(() -> connect(server, null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(server, password + "x").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static Connection connect(EmbeddedPostgres server, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/postgres", properties);
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
                var rows = s.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** pg_hba.conf's rules, local (Unix socket) ones included, that let a client in without the password. */
    private static int passwordlessRules(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rows = s.executeQuery(
                        "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256' or error is not null")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
