package org.edubalance.app.audit;

import java.time.Instant;
import org.edubalance.core.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry in the API; old and new values are the JSON documents as stored.
 *
 * @param at when
 * @param actor who
 * @param entity what kind of thing
 * @param key which one
 * @param action what was done
 * @param oldValue the state before, as JSON text
 * @param newValue the state after, as JSON text
 */
public record AuditEntryResponse(
        Instant at,
        String actor,
        String entity,
        String key,
        String action,
        @Nullable String oldValue,
        @Nullable String newValue) {

    static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(
                e.at(), e.actor(), e.entity(), e.entityKey(), e.action(), e.oldValue(), e.newValue());
    }
}
