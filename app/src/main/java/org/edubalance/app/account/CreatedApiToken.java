package org.edubalance.app.account;

import java.time.Instant;

/**
 * A token just created: the only answer that holds the token itself.
 *
 * @param id its number
 * @param name what the owner calls it
 * @param token the secret to send as {@code Authorization: Bearer <token>}; not stored, shown this once
 * @param createdAt when it was created
 * @param expiresAt from when it is refused
 */
public record CreatedApiToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {}
