package org.edubalance.app.account;

import java.time.Instant;
import org.edubalance.core.account.ApiToken;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token in its owner's list; never the token or its digest.
 *
 * @param id its number (to revoke it)
 * @param name what the owner calls it
 * @param createdAt when it was created
 * @param expiresAt from when it is refused
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 * @param active whether it works now
 */
public record ApiTokenResponse(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        boolean active) {

    /** {@code at} to the minute in UTC for the account page ("2025-09-01 08:30 UTC"), or a dash for none. */
    public String minute(@Nullable Instant at) {
        return at == null ? "–" : at.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    static ApiTokenResponse of(ApiToken token, Instant now) {
        return new ApiTokenResponse(
                token.id(),
                token.name(),
                token.createdAt(),
                token.expiresAt(),
                token.lastUsedAt(),
                token.revokedAt(),
                token.validAt(now));
    }
}
