package org.edubalance.planning.lottery;

import java.util.Objects;

/**
 * One input of a draw as the commit names it: {@code name} (for example {@code applicants}) and the lowercase hex
 * SHA-256 of the file's bytes as given (docs/planning/lottery.md §1).
 */
public record LotteryInput(String name, String sha256) {
    public LotteryInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (name.isEmpty() || name.contains("=") || name.contains("\n")) {
            throw new IllegalArgumentException(
                    "An input name is one word without '=' or a line break, got '" + name + "'");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An input hash is 64 lowercase hex digits, got '" + sha256 + "'");
        }
    }

    /** The input {@code name} with the hash of {@code bytes}. */
    public static LotteryInput of(String name, byte[] bytes) {
        return new LotteryInput(name, Hex.of(LotteryV1.sha256(bytes)));
    }
}
