package org.edubalance.core.county;

import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One named county-level input, as written in the county-inputs file: a number (ratios as decimals, 0.92 for
 * 92 %), or a flag ({@code true}/{@code false}, 是/否).
 *
 * @param name the input's id, e.g. {@code teacher_avg_pay_yuan}
 * @param rawValue the value as written
 * @param source where the figure comes from (a document, an office, a survey), when given
 */
public record CountyInput(
        String name, String rawValue, @Nullable String source) {

    /** The value as a number, or empty when it is not one. */
    public OptionalDouble number() {
        String v = rawValue.strip();
        boolean percent = v.endsWith("%");
        if (percent) {
            v = v.substring(0, v.length() - 1).strip();
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(percent ? d / 100 : d);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The value as a flag, or {@code null} when it is not one. */
    public @Nullable Boolean flag() {
        return switch (rawValue.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "达标", "有" -> Boolean.TRUE;
            case "false", "no", "n", "0", "否", "不达标", "无" -> Boolean.FALSE;
            default -> null;
        };
    }
}
