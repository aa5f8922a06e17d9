package org.edubalance.persistence.audit;

import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.audit.AuditLog;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link AuditLog} in the append-only {@code audit_log} table; old and new values are stored as {@code jsonb}. */
public final class JdbcAuditLog implements AuditLog {
    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(
            rs.getTimestamp("at").toInstant(),
            rs.getString("actor"),
            rs.getString("entity"),
            rs.getString("entity_key"),
            rs.getString("action"),
            rs.getString("old_value"),
            rs.getString("new_value"));

    private final JdbcClient jdbc;

    public JdbcAuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.sql("""
                        insert into audit_log (at, actor, entity, entity_key, action, old_value, new_value)
                        values (:at, :actor, :entity, :key, :action, cast(:old as jsonb), cast(:new as jsonb))
                        """)
                .param("at", Timestamp.from(entry.at()))
                .param("actor", entry.actor())
                .param("entity", entry.entity())
                .param("key", entry.entityKey())
                .param("action", entry.action())
                .param("old", entry.oldValue())
                .param("new", entry.newValue())
                .update();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select * from audit_log order by id desc limit :limit")
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    @Override
    public List<AuditEntry> of(String entity, String entityKey) {
        return jdbc.sql("select * from audit_log where entity = :entity and entity_key = :key order by id desc")
                .param("entity", entity)
                .param("key", entityKey)
                .query(ROW)
                .list();
    }
}
