package org.edubalance.core.standard;

import java.util.Locale;

/**
 * A label in Chinese and English. Packs carry both so that reports in either language need no lookup.
 *
 * @param zh the Chinese text (the official wording where one exists)
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

    /** The text for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
