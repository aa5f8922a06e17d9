package org.edubalance.report.wording;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Why an area cannot be zoned, in Chinese or English, from the planning module's {@code ZONING_*} reason and its
 * figures ({@code zoning.properties} / {@code zoning_zh.properties}: {@code zoning.error.<CODE>} with named
 * placeholders). The platform's pages read the same bundle through their message source, so the command line and the
 * pages say the same sentence.
 */
public final class ZoningReasonWords {
    private ZoningReasonWords() {}

    /** {@code reason} worded for {@code locale} (Chinese for any Chinese locale, English otherwise). */
    public static String word(Reason reason, Locale locale) {
        ResourceBundle words = bundle(locale);
        return reason.word(
                code -> text(words, "zoning.error." + code),
                term -> term.matches("G[17]") ? text(words, "zoning.grade." + term) : null,
                locale);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.edubalance.report.wording.zoning",
                "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static @Nullable String text(ResourceBundle words, String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
