package org.edubalance.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations of {@code db/migration} to a database. The app lets Spring Boot run the same
 * migrations at start; this entry point serves tests and tools that run without Spring Boot.
 */
public final class SchemaMigration {
    private SchemaMigration() {}

    /** Migrates {@code dataSource} to the newest schema; returns how many migrations were applied. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
