package org.edubalance.report.planning;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The rotation plan's words in one language: Chinese for a {@code zh} locale, English otherwise, from
 * {@code labels.properties} and {@code labels_zh.properties}, never falling back to the machine's locale. It words the
 * planner's and checker's facts (move reasons, policy rules and figures, violations) for the workbook and the command
 * line.
 */
public final class RotationWording {
    private final Locale locale;
    private final ResourceBundle bundle;

    public RotationWording(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        this.locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.labels",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label {@code key}, formatted with {@code args} ({@link String#format} syntax, locale-neutral numbers). */
    public String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    /** The fact in words. */
    public String fact(Reason reason) {
        return reason.word(code -> optional("fact." + code), term -> optional("term." + term), Locale.ROOT);
    }

    /** The facts in words, one after another. */
    public String facts(List<Reason> reasons) {
        return reasons.stream().map(this::fact).collect(Collectors.joining(text("separator")));
    }

    /** The segment's name. */
    public String segment(Segment segment) {
        return text("segment." + segment.name());
    }

    /** An indicator's or subject's name, or {@code id} itself when the labels have none. */
    public String term(String id) {
        String term = optional("term." + id);
        return term == null ? id : term;
    }

    /** Whether these are the Chinese words. */
    public boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    private @Nullable String optional(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
