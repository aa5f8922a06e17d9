package org.edubalance.core.audit;

import java.util.List;

/** Port: the append-only log of every change (implemented by the persistence module). */
public interface AuditLog {

    /** Appends {@code entry} in the caller's transaction, so the log and the change commit together. */
    void append(AuditEntry entry);

    /** The newest entries first, at most {@code limit}. */
    List<AuditEntry> recent(int limit);

    /** The entries of one entity, newest first. */
    List<AuditEntry> of(String entity, String entityKey);
}
