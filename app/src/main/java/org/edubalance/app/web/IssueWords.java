package org.edubalance.app.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import issue in the page's language. The importer states each issue in English (with a "Maybe …" hint) for the
 * API, logs and the CLI; a Chinese page words it from its code and location ({@code issue.IMP-…} in
 * {@code messages_zh.properties}: {0} the column, {1} the value), so no English sentence reaches it.
 */
@Component
public final class IssueWords {
    private final MessageSource messages;

    IssueWords(MessageSource messages) {
        this.messages = messages;
    }

    /** What is wrong, in the language of the current request. */
    public String message(IssueResponse issue) {
        return message(issue, LocaleContextHolder.getLocale());
    }

    public String message(IssueResponse issue, Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return issue.message();
        }
        return messages.getMessage(
                "issue." + issue.code(),
                new Object[] {issue.column() == null ? "—" : issue.column(), issue.value() == null ? "" : issue.value()
                },
                locale);
    }
}
