package org.edubalance.app.web;

import java.util.Locale;
import org.edubalance.report.wording.ImportIssueWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import issue in the page's language. The importer states each issue in English (with a "Maybe …" hint) for the
 * API, logs and the CLI; a Chinese page words it from its code and location, so no English sentence reaches it. The
 * Chinese words are the report's ({@link ImportIssueWords}, {@code report/…/wording/issues_zh.properties}): one source
 * for the pages, the CLI and the reports. The English rule names are the app's ({@code rule.IMP-…} in
 * {@code messages_en.properties}).
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
        return isChinese(locale)
                ? ImportIssueWords.sentence(issue.code(), issue.column(), issue.value())
                : issue.message();
    }

    /** The name of the rule {@code code} (e.g. IMP-030) breaks, in the language of the current request. */
    public String rule(String code) {
        return rule(code, LocaleContextHolder.getLocale());
    }

    public String rule(String code, Locale locale) {
        return isChinese(locale) ? ImportIssueWords.rule(code) : messages.getMessage("rule." + code, null, locale);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
