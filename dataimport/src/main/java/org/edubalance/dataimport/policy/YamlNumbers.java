package org.edubalance.dataimport.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A YAML value read as an exact number: the YAML reader gives whole numbers as Integer, Long or BigInteger and
 * decimals as BigDecimal (never binary floating point, so 0.1 stays 0.1); anything else — text, a list, null — is not
 * a number. Every policy reader checks its amounts through this one reading.
 */
final class YamlNumbers {
    private YamlNumbers() {}

    /** {@code value} as a decimal, or null when it is not a number. */
    static @Nullable BigDecimal decimal(@Nullable Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long n -> BigDecimal.valueOf(n);
            case BigInteger b -> new BigDecimal(b);
            case null, default -> null;
        };
    }
}
