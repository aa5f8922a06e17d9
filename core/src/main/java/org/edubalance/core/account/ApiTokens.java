package org.edubalance.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the personal API tokens (implemented by the persistence module). */
public interface ApiTokens {

    /** Stores {@code token} and returns it with its number. */
    ApiToken add(ApiToken token);

    /** The token whose digest is {@code hash}. */
    Optional<ApiToken> byHash(String hash);

    /** The tokens of {@code username}, newest first, revoked ones included. */
    List<ApiToken> of(String username);

    /** Revokes token {@code id} of {@code username} at {@code at}; whether there was such a token not yet revoked. */
    boolean revoke(long id, String username, Instant at);

    /** Notes that token {@code id} was used at {@code at} (at most once a minute is written). */
    void used(long id, Instant at);
}
