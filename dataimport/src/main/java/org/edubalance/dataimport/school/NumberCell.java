package org.edubalance.dataimport.school;

import java.math.BigDecimal;

/**
 * Parses numbers the way the contract writes them: plain decimal notation with an optional sign, fraction and
 * exponent ({@code 12}, {@code -3.5}, {@code 1.2E5}). Thousands separators, units, {@code NaN}, {@code Infinity},
 * hexadecimal and Java suffixes ({@code 12d}) are not numbers.
 */
public final class NumberCell {
    private static final int FAST_DIGITS = 15;
    private static final int WANYUAN_DIGITS = 4;

    private NumberCell() {}

    /** {@code text} (already stripped) as a number, or NaN when it is not one. */
    public static double parse(String text) {
        int length = text.length();
        if (length == 0) {
            return Double.NaN;
        }
        if (length <= FAST_DIGITS) {
            long whole = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                whole = whole * 10 + (c - '0');
                i++;
            }
            if (i == length) {
                return whole;
            }
        }
        if (!isDecimal(text)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** {@code value} in plain notation without trailing zeros, as written back to files and shown in messages. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code text} in 万元 as yuan, scaled exactly (12.3456 万元 = 123456 元); NaN when it is not a number. */
    static double parseWanyuan(String text) {
        if (!isDecimal(text)) {
            return Double.NaN;
        }
        double value = new BigDecimal(text).movePointRight(WANYUAN_DIGITS).doubleValue();
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** A "Maybe …" hint on why {@code text} is not a number, starting with a space. */
    public static String hint(String text) {
        if (text.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?")) {
            return " Maybe remove the thousands separators.";
        }
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９')) {
            return " Maybe the digits are full-width (全角); type them in half-width.";
        }
        if (text.matches("-?[0-9.]+\\D+")) {
            return " Maybe remove the unit after the number.";
        }
        if (text.startsWith("#")) {
            return " Maybe a formula failed in Excel; fix it or type the value.";
        }
        return " Maybe type the figure in digits only, e.g. 98 or 1250.5.";
    }

    private static boolean isDecimal(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
