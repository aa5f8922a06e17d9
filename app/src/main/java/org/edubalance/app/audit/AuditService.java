package org.edubalance.app.audit;

import java.time.Clock;
import java.util.List;
import org.edubalance.core.audit.AuditEntry;
import org.edubalance.core.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries with old and new values as JSON documents. Call it inside the transaction of the change, so
 * that the change and its entry commit or roll back together.
 */
@Service
public final class AuditService {
    /** The actor of changes the platform makes by itself (demo seeding). */
    public static final String SYSTEM = "system";

    private final AuditLog log;
    private final JsonMapper json;
    private final Clock clock;

    AuditService(AuditLog log, JsonMapper json, Clock clock) {
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} to {@code entity} {@code key}, from {@code before} to {@code after}. */
    public void record(
            String actor, String entity, String key, String action, @Nullable Object before, @Nullable Object after) {
        log.append(new AuditEntry(clock.instant(), actor, entity, key, action, toJson(before), toJson(after)));
    }

    /** The newest entries first. */
    public List<AuditEntryResponse> recent(int limit) {
        return log.recent(limit).stream().map(AuditEntryResponse::of).toList();
    }

    /** The entries of one entity, newest first. */
    public List<AuditEntryResponse> of(String entity, String key) {
        return log.of(entity, key).stream().map(AuditEntryResponse::of).toList();
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
