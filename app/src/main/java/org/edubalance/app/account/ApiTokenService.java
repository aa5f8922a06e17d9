package org.edubalance.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edubalance.app.audit.AuditService;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.core.account.ApiToken;
import org.edubalance.core.account.ApiTokens;
import org.edubalance.core.account.UserAccount;
import org.edubalance.core.account.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, the way scripts sign in: {@code Authorization: Bearer ebt_…}. A token is 32 random bytes
 * (256 bits), shown to its owner once and stored only as its SHA-256 digest. A fast digest is enough here, unlike for
 * passwords: bcrypt's slowness makes guessing a low-entropy password from a stolen hash costly, but nobody can guess
 * 256 random bits however fast the digest is; and a fast digest lets every API request find its token by an indexed
 * lookup instead of running bcrypt against each stored token. A request with a token acts with the account's rights
 * as stored now: a changed role or school applies at once, a disabled account's tokens stop working.
 *
 * <p>Not final: Spring subclasses it to run its methods in transactions.
 */
@Service
public class ApiTokenService {
    /** Marks a string as this platform's token (secret scanners and people recognise it). */
    static final String PREFIX = "ebt_";

    static final int MAX_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, UserAccounts accounts, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token of {@code username} valid for {@code days}; the answer is the only place the token appears. */
    @Transactional
    public CreatedApiToken create(String username, ApiTokenRequest request) {
        if (request.days() < 1 || request.days() > MAX_DAYS) {
            throw ApiProblemException.invalid("A token is valid for 1 to " + MAX_DAYS + " days, not " + request.days());
        }
        String name = request.name().strip();
        if (name.isEmpty() || name.length() > ApiTokenRequest.MAX_NAME) {
            throw ApiProblemException.invalid("A token's name has 1 to " + ApiTokenRequest.MAX_NAME + " characters.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken stored = tokens.add(new ApiToken(
                0, username, name, sha256(token), now, now.plus(Duration.ofDays(request.days())), null, null));
        audit.record(
                username,
                "api_token",
                Long.toString(stored.id()),
                "CREATE",
                null,
                Map.of(
                        "owner",
                        username,
                        "name",
                        name,
                        "expiresAt",
                        stored.expiresAt().toString()));
        return new CreatedApiToken(stored.id(), name, token, stored.createdAt(), stored.expiresAt());
    }

    /** The tokens of {@code username}, newest first (never the token or its digest). */
    @Transactional(readOnly = true)
    public List<ApiTokenResponse> of(String username) {
        Instant now = clock.instant();
        return tokens.of(username).stream()
                .map(t -> ApiTokenResponse.of(t, now))
                .toList();
    }

    /** Revokes token {@code id} of {@code username}; 404 when there is no such token of theirs still valid. */
    @Transactional
    public void revoke(String username, long id) {
        if (!tokens.revoke(id, username, clock.instant())) {
            throw ApiProblemException.notFound("No token " + id + " of yours that is not revoked.");
        }
        audit.record(username, "api_token", Long.toString(id), "REVOKE", null, Map.of("owner", username));
    }

    /** The account a request with {@code token} acts as: empty for an unknown, expired or revoked token. */
    @Transactional
    public Optional<UserAccount> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.byHash(sha256(token)).filter(t -> t.validAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(found.get().username()).filter(UserAccount::enabled);
        account.ifPresent(a -> tokens.used(found.get().id(), now));
        return account;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
