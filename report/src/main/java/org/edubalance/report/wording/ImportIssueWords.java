package org.edubalance.report.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Import issues in Chinese, from their rule code and location ({@code issues_zh.properties}: {@code rule.IMP-…} the
 * rule's name, {@code issue.IMP-…} the sentence with {0} the column and {1} the value), so a Chinese output carries no
 * English sentence. English outputs print the importer's own English message, which also gives a "Maybe …" hint.
 * The sentences are those of the platform's Chinese pages.
 */
public final class ImportIssueWords {
    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(
            "org.edubalance.report.wording.issues",
            Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ImportIssueWords() {}

    /** Whether {@code code} (e.g. {@code IMP-030}) has its Chinese name and sentence. */
    public static boolean hasChinese(String code) {
        return CHINESE.containsKey("rule." + code) && CHINESE.containsKey("issue." + code);
    }

    /** The rule's name, e.g. 不是数字. */
    public static String rule(String code) {
        return CHINESE.getString("rule." + code);
    }

    /** What is wrong, e.g. 小学专任教师数 列的值“x”不是数字。 ("—" for no column). */
    public static String sentence(String code, @Nullable String column, @Nullable String value) {
        return new MessageFormat(CHINESE.getString("issue." + code), Locale.SIMPLIFIED_CHINESE)
                .format(new Object[] {column == null ? "—" : column, value == null ? "" : value});
    }

    /** The value as an issue line shows it: 值“x”. */
    public static String value(String value) {
        return text("value", value);
    }

    /** The line closing a rejected import: nothing imported, with its counts. */
    public static String rejected(long errors, long warnings) {
        return text("rejected", errors, warnings);
    }

    /** The line counting the warnings left out of the list. */
    public static String omittedWarnings(long count) {
        return text("omittedWarnings", count);
    }

    private static String text(String key, Object... args) {
        return String.format(Locale.ROOT, CHINESE.getString(key), args);
    }
}
