package org.edubalance.persistence.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.edubalance.core.account.ApiToken;
import org.edubalance.core.account.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ApiTokens} in the {@code api_token} table. */
public final class JdbcApiTokens implements ApiTokens {
    /** A token used by a script every second would otherwise write a row every second. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("name"),
            rs.getString("token_hash"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(),
            instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    private final JdbcClient jdbc;

    public JdbcApiTokens(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public ApiToken add(ApiToken token) {
        long id = jdbc.sql("""
                        insert into api_token (username, name, token_hash, created_at, expires_at)
                        values (:username, :name, :hash, :created, :expires) returning id
                        """)
                .param("username", token.username())
                .param("name", token.name())
                .param("hash", token.hash())
                .param("created", Timestamp.from(token.createdAt()))
                .param("expires", Timestamp.from(token.expiresAt()))
                .query(Long.class)
                .single();
        return new ApiToken(
                id, token.username(), token.name(), token.hash(), token.createdAt(), token.expiresAt(), null, null);
    }

    @Override
    public Optional<ApiToken> byHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = :hash")
                .param("hash", hash)
                .query(ROW)
                .optional();
    }

    @Override
    public List<ApiToken> of(String username) {
        return jdbc.sql("select * from api_token where username = :username order by id desc")
                .param("username", username)
                .query(ROW)
                .list();
    }

    @Override
    public boolean revoke(long id, String username, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and username = :username"
                                + " and revoked_at is null")
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("username", username)
                        .update()
                == 1;
    }

    @Override
    public void used(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id"
                        + " and (last_used_at is null or last_used_at < :stale)")
                .param("at", Timestamp.from(at))
                .param("stale", Timestamp.from(at.minus(USE_RESOLUTION)))
                .param("id", id)
                .update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
