package org.edubalance.app.pairingrecord;

import java.util.List;
import java.util.Locale;
import org.edubalance.app.web.IssueResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The violations of a refused pairing in the page's language ({@code pairing.rule.PR-…}), or in English for the API. */
@Component
final class PairingWords {
    private final MessageSource messages;

    PairingWords(MessageSource messages) {
        this.messages = messages;
    }

    /** What rule {@code code} asks, in {@code locale}. */
    String rule(String code, Locale locale) {
        return messages.getMessage("pairing.rule." + code, null, code, locale);
    }

    /** The violations as the API's issues, worded in English. */
    List<IssueResponse> issues(List<PairingViolation> violations) {
        return violations.stream()
                .map(v -> new IssueResponse(
                        v.file(),
                        null,
                        v.row(),
                        v.column(),
                        v.value(),
                        v.rule(),
                        "ERROR",
                        rule(v.rule(), Locale.ENGLISH)))
                .toList();
    }
}
