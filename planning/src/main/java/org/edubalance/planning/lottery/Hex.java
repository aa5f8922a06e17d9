package org.edubalance.planning.lottery;

import java.util.HexFormat;

/** Lowercase hex, the one spelling of hashes and lottery numbers in commits, results and on the public page. */
final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    static String of(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    static byte[] parse(String hex) {
        return LOWER.parseHex(hex);
    }
}
