package org.edubalance.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/** The language of human-readable output ({@code --lang zh|en}); machine formats are language-neutral. */
public enum Language {
    zh(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE),
    en(Locale.ENGLISH, Locale.ROOT);

    /**
     * Looks up only the bundles that are shipped: messages_zh.properties and messages.properties, the English root.
     * Asked for one that does not exist (messages_en, messages_zh_CN, messages_zh_Hans_CN …), the class loader
     * searches every jar of the class path for it, opening each one and reading its index (about 150 jars; see
     * EduBalanceCommand for what avoiding such lookups saves).
     */
    private static final ResourceBundle.Control SHIPPED_BUNDLES = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.equals(Locale.ROOT) ? List.of(Locale.ROOT) : List.of(locale, Locale.ROOT);
        }

        @Override
        public @Nullable Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private final Locale locale;
    private final Locale bundleLocale;

    Language(Locale locale, Locale bundleLocale) {
        this.locale = locale;
        this.bundleLocale = bundleLocale;
    }

    public Locale locale() {
        return locale;
    }

    /** The CLI's messages in this language, never falling back to the machine's default locale. */
    public ResourceBundle messages() {
        return bundle("org.edubalance.cli.messages");
    }

    /**
     * The bundle {@code baseName} ({@code BASE.properties}, English, and {@code BASE_zh.properties}) in this language,
     * never falling back to the machine's default locale.
     */
    public ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, bundleLocale, SHIPPED_BUNDLES);
    }

    /** A message by key, formatted with {@link String#format} arguments. */
    public String text(String key, Object... args) {
        return String.format(locale, messages().getString(key), args);
    }
}
