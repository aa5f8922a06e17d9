package org.edubalance.core.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change, as the audit log keeps it.
 *
 * @param at when it happened
 * @param actor the username of who made it ({@code system} for the platform itself)
 * @param entity what kind of thing changed, e.g. {@code school_year}, {@code import}, {@code user}
 * @param entityKey which one, e.g. {@code 1301020001/2025}
 * @param action what was done, e.g. {@code CREATE}, {@code UPDATE}, {@code REPLACE}
 * @param oldValue the state before as a JSON document, {@code null} when it did not exist
 * @param newValue the state after as a JSON document, {@code null} when it was removed
 */
public record AuditEntry(
        Instant at,
        String actor,
        String entity,
        String entityKey,
        String action,
        @Nullable String oldValue,
        @Nullable String newValue) {}
