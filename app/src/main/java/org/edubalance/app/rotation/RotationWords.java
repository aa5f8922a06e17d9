package org.edubalance.app.rotation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The planner's and checker's facts (move reasons, policy rules and figures, violations) in the page's language:
 * templates {@code rotation.fact.<code>} of the messages, and the messages' words for indicators, subjects and
 * segments where a fact names one.
 */
public final class RotationWords {
    private final MessageSource messages;
    private final Locale locale;

    RotationWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The fact in words. */
    public String fact(Reason reason) {
        return reason.word(code -> message("rotation.fact." + code), this::term, locale);
    }

    /** The facts in words, one after another. */
    public String facts(List<Reason> reasons) {
        return reasons.stream()
                .map(this::fact)
                .collect(Collectors.joining(String.valueOf(message("rotation.fact.separator"))));
    }

    private @Nullable String term(String word) {
        for (String prefix : List.of("rotation.indicator.", "rotation.subject.", "segment.")) {
            String term = message(prefix + word);
            if (term != null) {
                return term;
            }
        }
        return null;
    }

    private @Nullable String message(String key) {
        // No arguments: the template comes back as written, its {name} placeholders for Reason to fill.
        return messages.getMessage(key, null, null, locale);
    }
}
