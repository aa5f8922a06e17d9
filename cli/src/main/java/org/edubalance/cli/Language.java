package org.edubalance.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The language of human-readable output ({@code --lang zh|en}); machine formats are language-neutral. */
public enum Language {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The CLI's messages in this language, never falling back to the machine's default locale. */
    public ResourceBundle messages() {
        return ResourceBundle.getBundle(
                "org.edubalance.cli.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A message by key, formatted with {@link String#format} arguments. */
    public String text(String key, Object... args) {
        return String.format(locale, messages().getString(key), args);
    }
}
