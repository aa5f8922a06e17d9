package org.edubalance.persistence.dataset;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.dataset.DatasetImports;
import org.edubalance.core.dataset.DatasetKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DatasetImports} in the {@code data_import} table. */
public final class JdbcDatasetImports implements DatasetImports {
    private final JdbcClient jdbc;

    public JdbcDatasetImports(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public DatasetImport add(DatasetImport provenance) {
        // The years travel as text and are cast in SQL: binding an int[] needs a JDBC connection at hand.
        String years = provenance.years().stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        long id = jdbc.sql("""
                        insert into data_import (kind, file_name, sha256, imported_by, imported_at, row_count, years)
                        values (:kind, :file, :sha, :by, :at, :rows, cast(string_to_array(:years, ',') as integer[]))
                        returning id
                        """)
                .param("kind", provenance.kind().name())
                .param("file", provenance.fileName())
                .param("sha", provenance.sha256())
                .param("by", provenance.importedBy())
                .param("at", Timestamp.from(provenance.importedAt()))
                .param("rows", provenance.rows())
                .param("years", years)
                .query(Long.class)
                .single();
        return provenance.withId(id);
    }

    @Override
    public List<DatasetImport> all() {
        return jdbc.sql("select * from data_import order by id desc")
                .query((rs, n) -> new DatasetImport(
                        rs.getLong("id"),
                        DatasetKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getLong("row_count"),
                        years(rs.getArray("years"))))
                .list();
    }

    private static List<Integer> years(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
