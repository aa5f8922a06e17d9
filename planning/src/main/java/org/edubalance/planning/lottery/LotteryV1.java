package org.edubalance.planning.lottery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The lottery {@code edubalance-lottery-v1} (docs/planning/lottery.md): built from the published inputs' commit and a
 * public value, it gives every child a number anyone can recompute. A draw is a value: {@link #draw} checks the public
 * value and derives the seed once; {@link Draw#number} is then a pure function of the message.
 */
public final class LotteryV1 {
    /** The algorithm's name, the first line of every commit text and the {@code algorithm} of every result. */
    public static final String ALGORITHM = "edubalance-lottery-v1";

    private LotteryV1() {}

    /**
     * The commit: lowercase hex SHA-256 of the UTF-8 text {@code edubalance-lottery-v1\n} followed by one line
     * {@code name=hex\n} per input, in the order given (the command's fixed order, never sorted).
     */
    public static String commit(List<LotteryInput> inputs) {
        return Hex.of(sha256(commitText(inputs).getBytes(StandardCharsets.UTF_8)));
    }

    /** The text whose hash is the commit, as a verifier would print it to show what was hashed. */
    public static String commitText(List<LotteryInput> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("A commit names at least one input");
        }
        var text = new StringBuilder(ALGORITHM).append('\n');
        for (LotteryInput input : inputs) {
            text.append(input.name()).append('=').append(input.sha256()).append('\n');
        }
        return text.toString();
    }

    /**
     * The draw of {@code commit} with {@code publicValue}: seed = SHA-256 of the UTF-8 bytes of {@code commit + "\n" +
     * publicValue}, the public value used exactly as given (no trimming: a verifier must hash the same bytes).
     *
     * @throws IllegalArgumentException when the public value is empty (a draw without one would be decided by the
     *     bureau alone) or the commit is not 64 lowercase hex digits
     */
    public static Draw draw(String commit, String publicValue) {
        if (!commit.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A commit is 64 lowercase hex digits, got '" + commit + "'");
        }
        if (publicValue.isEmpty()) {
            throw new IllegalArgumentException(
                    "The public value is empty: a draw needs a value nobody knew when the" + " commit was published");
        }
        byte[] seed = sha256((commit + "\n" + publicValue).getBytes(StandardCharsets.UTF_8));
        return new Draw(commit, publicValue, seed);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A draw: the commit, the public value and the seed derived from them. */
    public static final class Draw {
        private final String commit;
        private final String publicValue;
        private final byte[] seed;
        private final SecretKeySpec key;

        private Draw(String commit, String publicValue, byte[] seed) {
            this.commit = commit;
            this.publicValue = publicValue;
            this.seed = seed.clone();
            this.key = new SecretKeySpec(seed, "HmacSHA256");
        }

        public String commit() {
            return commit;
        }

        public String publicValue() {
            return publicValue;
        }

        /** The seed, lowercase hex. */
        public String seed() {
            return Hex.of(seed);
        }

        /**
         * The lottery number for {@code message}: lowercase hex HMAC-SHA256 keyed by the 32 seed bytes over the
         * message's UTF-8 bytes. Lower numbers come first; comparing the hex strings compares the numbers.
         */
        public String number(String message) {
            return Hex.of(mac().doFinal(message.getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * A reusable number source for one thread, with the seed's pad blocks hashed once ({@link PaddedHmac}): a
         * number costs two SHA-256 compressions instead of four and no provider look-up.
         */
        public Numbering numbering() {
            var hmac = new PaddedHmac(seed);
            return message -> Hex.of(hmac.mac(message.getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * As {@link #numbering()}, computed by the JDK's {@code Mac}: for a checker that must not share the planner's
         * code (the admission checker).
         */
        public Numbering referenceNumbering() {
            Mac mac = mac();
            return message -> Hex.of(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        }

        private Mac mac() {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
            }
        }
    }

    /** Numbers of one draw computed on one thread (neither implementation is thread-safe). */
    @FunctionalInterface
    public interface Numbering {
        /** As {@link Draw#number}. */
        String number(String message);
    }
}
