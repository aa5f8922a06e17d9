package org.edubalance.core.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as stored: never the token itself, only its SHA-256 digest.
 *
 * @param id the stored token's number ({@code 0} before it is stored)
 * @param username whose token it is; a request with it acts with that account's current rights
 * @param name what the owner calls it ("nightly export")
 * @param hash the SHA-256 digest of the token, lower-case hex
 * @param createdAt when it was created
 * @param expiresAt from when it is refused
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 * @param revokedAt when its owner revoked it, or {@code null}
 */
public record ApiToken(
        long id,
        String username,
        String name,
        String hash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** Whether it may authenticate a request at {@code now}. */
    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
