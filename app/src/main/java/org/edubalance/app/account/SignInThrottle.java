package org.edubalance.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.edubalance.app.web.BoundedTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for a while after repeated failures, on the form and over HTTP Basic alike, counted twice: per
 * account (a guesser spread over many addresses) and per source address (one address trying many names). From the
 * {@value #FREE_ACCOUNT_FAILURES}rd failure in a row of an account, its sign-ins are refused for 5 s, twice as long
 * after each further failure, up to a minute; an address gets {@value #FREE_ADDRESS_FAILURES} failures before its
 * refusals start at 10 s, up to 15 minutes. A success clears the account's count; an address's count is forgotten 15
 * minutes after its last failure.
 *
 * <p>A refused sign-in is answered at once (429 with Retry-After, or the sign-in page naming the wait, see
 * {@link SignInGate}): holding the request's thread instead, as this class once did, let a guesser tie up the
 * server's threads with a few hundred parallel attempts. Both tables are bounded ({@link BoundedTable}): a flood of
 * distinct names costs the least recently failing entries, never the memory.
 */
@Component
public final class SignInThrottle {
    static final int FREE_ACCOUNT_FAILURES = 3;
    static final int FREE_ADDRESS_FAILURES = 20;
    /** The entries each table holds at most. */
    static final int MAX_TRACKED = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Rule ACCOUNT =
            new Rule(FREE_ACCOUNT_FAILURES, Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(15));
    private static final Rule ADDRESS =
            new Rule(FREE_ADDRESS_FAILURES, Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final int MAX_LOGGED_LENGTH = 64;

    private final Clock clock;
    private final BoundedTable<String, Failures> byAccount = new BoundedTable<>(MAX_TRACKED);
    private final BoundedTable<String, Failures> byAddress = new BoundedTable<>(MAX_TRACKED);

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long sign-ins as {@code username} from {@code address} are still refused, if they are. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longest(remaining(byAccount.get(username), now), remaining(byAddress.get(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed sign-in as {@code username} from {@code address}. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        Failures account = byAccount.compute(username, (k, before) -> ACCOUNT.next(before, now));
        Failures source = byAddress.compute(address, (k, before) -> ADDRESS.next(before, now));
        if (account != null && account.count() >= FREE_ACCOUNT_FAILURES) {
            LOG.warn(
                    "{} failed sign-ins in a row for the account {}; refused for {} s",
                    account.count(),
                    printable(username),
                    remaining(account, now).toSeconds());
        }
        if (source != null && source.count() >= FREE_ADDRESS_FAILURES) {
            LOG.warn(
                    "{} failed sign-ins from {}; refused for {} s",
                    source.count(),
                    printable(address),
                    remaining(source, now).toSeconds());
        }
    }

    /** A success clears the account's count (not the address's: one known account must not reset a guesser's). */
    public void succeeded(String username) {
        byAccount.remove(username);
    }

    /** How many accounts and addresses are counted now (at most {@code 2 × MAX_TRACKED}). */
    int tracked() {
        return byAccount.size() + byAddress.size();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    /** The source address of a sign-in attempt, from the details the sign-in filters attach. */
    static String address(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    /**
     * {@code text} safe for one log line: control characters (CR and LF above all, which would let a sign-in name
     * forge log lines) written as {@code \\uXXXX}, and cut to 64 characters.
     */
    static String printable(String text) {
        var out = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < MAX_LOGGED_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\'' || c == '\\' || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(text.length() > MAX_LOGGED_LENGTH ? "…'" : "'").toString();
    }

    private static Duration remaining(@Nullable Failures failures, Instant now) {
        if (failures == null || failures.refusedUntil() == null || !now.isBefore(failures.refusedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.refusedUntil());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Failures in a row of one account or address.
     *
     * @param count how many
     * @param last when the last one was
     * @param refusedUntil until when sign-ins are refused, or {@code null}
     */
    private record Failures(
            int count, Instant last, @Nullable Instant refusedUntil) {}

    /**
     * How one table counts.
     *
     * @param free failures before refusals start
     * @param firstWait the first refusal, doubled with each further failure
     * @param longestWait the longest refusal
     * @param forgetAfter a count is forgotten this long after its last failure
     */
    private record Rule(int free, Duration firstWait, Duration longestWait, Duration forgetAfter) {
        Failures next(@Nullable Failures before, Instant now) {
            int count = before == null || before.last().plus(forgetAfter).isBefore(now) ? 1 : before.count() + 1;
            if (count < free) {
                return new Failures(count, now, null);
            }
            int doublings = Math.min(count - free, 20);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            if (wait.compareTo(longestWait) > 0) {
                wait = longestWait;
            }
            return new Failures(count, now, now.plus(wait));
        }
    }
}
