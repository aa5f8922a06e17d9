package org.edubalance.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 17 per test JVM (zonky, random port, throw-away data directory) with the migrations applied.
 * Tests clean the tables they use.
 */
public final class TestDatabase {
    private static final DataSource DATA_SOURCE = start();

    private TestDatabase() {}

    /** The migrated database. */
    public static DataSource dataSource() {
        return DATA_SOURCE;
    }

    private static DataSource start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            DataSource dataSource = postgres.getPostgresDatabase();
            SchemaMigration.migrate(dataSource);
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
