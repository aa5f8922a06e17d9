package org.edubalance.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL 17 started from Maven-shipped binaries, its data kept in
 * {@code <app.data-dir>/pg} across restarts, durable and closed by a password ({@link EmbeddedDatabase}).
 * {@code app.db.mode=external} switches this off, and Spring Boot then connects to {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.db.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(@Value("${app.data-dir}") Path dataDir) {
        return new EmbeddedDatabase(dataDir);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database, @Value("${app.db.port:0}") int port)
            throws IOException {
        return database.start(port);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database, EmbeddedPostgres postgres) throws IOException {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
