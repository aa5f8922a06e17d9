package org.edubalance.app.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.edubalance.persistence.SuperuserPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The embedded PostgreSQL of a data directory ({@code <data-dir>/pg}), started durable and closed.
 *
 * <ul>
 *   <li><b>Durable.</b> zonky starts its servers with {@code -F} (fsync off) and without synchronous commit, as suits
 *       throw-away test databases; a power cut could then corrupt the data. Here the data are the bureau's, so fsync,
 *       full-page writes and synchronous commit are switched on again ({@code -c} options, which come after
 *       {@code -F} on the server's command line and so override it).
 *   <li><b>Closed.</b> Every connection, over TCP or the Unix socket, signs in as {@code postgres} with SCRAM-SHA-256
 *       and the password of {@code <data-dir>/pg-password}: generated on the first start, readable by the platform's
 *       account only, kept with the data (a backup of the data directory holds it).
 * </ul>
 *
 * A data directory made by an earlier version (initdb's {@code trust} for every local connection, no password file)
 * is closed on its first start here: the password is set through the still-trusting connection, then
 * {@code pg_hba.conf} requires it and the server re-reads it before the platform uses the database.
 */
final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String PASSWORD_FILE = "pg-password";
    private static final String SUPERUSER = "postgres";
    /** How long the server may take to apply the new {@code pg_hba.conf} after it was told to re-read it. */
    private static final Duration RULES_APPLIED_WITHIN = Duration.ofSeconds(10);
    /** Rules that let a client in without the password. */
    private static final List<String> PASSWORDLESS_METHODS = List.of("trust", "peer", "ident");

    private static final String CLOSED_RULES = """
            # EduBalance: every connection signs in with the password of ../pg-password (SCRAM-SHA-256).
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path pg;
    private final Path passwordFile;

    EmbeddedDatabase(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        this.pg = absolute.resolve("pg");
        this.passwordFile = absolute.resolve(PASSWORD_FILE);
    }

    /** Starts the server on {@code port} (0: a free one), creating the database on the first start. */
    EmbeddedPostgres start(int port) throws IOException {
        Files.createDirectories(pg);
        LeftOverPostgres.stop(pg);
        boolean created = Files.exists(pg.resolve("postgresql.conf"));
        boolean open = created && letsInWithoutPassword(pg.resolve("pg_hba.conf"));
        if (created && !open && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The embedded database in " + pg + " requires the password of "
                    + passwordFile + ", which is missing. Restore that file from the backup of the data directory."
                    + " Maybe, to set a new password instead: change the METHOD of every rule in " + pg
                    + "/pg_hba.conf to trust and start again; the platform then sets a new password, writes it to "
                    + passwordFile + " and requires it again.");
        }
        if (!Files.exists(passwordFile)) {
            OwnerOnlyFile.write(passwordFile, newPassword() + "\n");
        }
        String password = password();
        LOG.info("Starting the embedded PostgreSQL with its data in {}", pg);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(false)
                // Spring stops the server as its last bean, after the web server and the jobs; zonky's own JVM hook
                // would stop it at the same time as they still write.
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", "on")
                // zonky passes its "locale" settings to initdb as --key=value after its own "-A trust": these two make
                // a new database require the password from its very first start, with no trusting moment.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new IOException(
                    "The embedded PostgreSQL in " + pg + " did not start or did not let the platform in. Maybe "
                            + passwordFile + " no longer holds the password the database was given.",
                    e);
        }
        if (open) {
            try {
                requirePassword(server, password);
            } catch (IOException | DataAccessException | IllegalStateException e) {
                server.close();
                throw new IllegalStateException(
                        "Could not make the embedded database in " + pg + " require its password", e);
            }
        }
        return server;
    }

    /** The password of {@code postgres}, as its file holds it. */
    String password() throws IOException {
        String password = OwnerOnlyFile.read(passwordFile).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(passwordFile + " is empty; it must hold the embedded database's password.");
        }
        return password;
    }

    /** Sets the password through the still-trusting connection, then requires it (of every connection). */
    private void requirePassword(EmbeddedPostgres server, String password) throws IOException {
        LOG.warn(
                "The embedded database in {} let local connections in without a password (made by an earlier"
                        + " version); from now on it requires the password of {}.",
                pg,
                passwordFile);
        SuperuserPassword.set(server.getPostgresDatabase(), password);
        OwnerOnlyFile.write(pg.resolve("pg_hba.conf"), CLOSED_RULES);
        SuperuserPassword.reloadServerConfiguration(server.getPostgresDatabase());
        var withoutPassword = server.getDatabase(SUPERUSER, SUPERUSER, Map.of());
        long deadline = System.nanoTime() + RULES_APPLIED_WITHIN.toNanos();
        while (!SuperuserPassword.isRequired(withoutPassword)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The embedded PostgreSQL still lets connections in without a password "
                        + RULES_APPLIED_WITHIN.toSeconds() + " s after it was told to re-read " + pg
                        + "/pg_hba.conf");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static boolean letsInWithoutPassword(Path hostBasedAuthentication) throws IOException {
        for (String line : Files.readAllLines(hostBasedAuthentication)) {
            String rule = line.replaceFirst("#.*", "").strip();
            if (!rule.isEmpty() && List.of(rule.split("\\s+")).stream().anyMatch(PASSWORDLESS_METHODS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // URL-safe Base64: no quote, colon or backslash, so the password also goes into a shell or a .pgpass line as
        // is.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
