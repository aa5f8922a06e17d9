package org.edubalance.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL 17 started from Maven-shipped binaries, its data kept in
 * {@code <app.data-dir>/pg} across restarts (stack.md §3a). {@code app.db.mode=external} switches this off, and Spring
 * Boot then connects to {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.db.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${app.data-dir}") Path dataDir, @Value("${app.db.port:0}") int port)
            throws IOException {
        Path pg = dataDir.toAbsolutePath().resolve("pg");
        Files.createDirectories(pg);
        LeftOverPostgres.stop(pg);
        LOG.info("Starting the embedded PostgreSQL with its data in {}", pg);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(false)
                // zonky turns synchronous commit off (it targets tests); here the data are the bureau's, so a
                // committed import must survive a crash.
                .setServerConfig("synchronous_commit", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
