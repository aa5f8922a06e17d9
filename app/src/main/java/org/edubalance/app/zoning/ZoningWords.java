package org.edubalance.app.zoning;

import java.util.Locale;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Words the zoning problems in the page's language: a {@code ZONING_*} reason by its template {@code
 * zoning.error.<CODE>}, whose placeholders name the reason's figures ({@code {blocks}}, {@code {seats}} …); a run that
 * failed for another reason by the job's failure code ({@code job.error.<code>}).
 */
@Component
final class ZoningWords {
    private final MessageSource messages;
    private final JsonMapper json;

    ZoningWords(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** {@code reason} in the words of {@code locale}. */
    String reason(Reason reason, Locale locale) {
        // Read without arguments, the template keeps its named braces for Reason.word to fill.
        // An entry grade is a code word: the page's word for it ("grade 1", "一年级").
        return reason.word(
                code -> messages.getMessage("zoning.error." + code, null, null, locale),
                term -> term.matches("G[17]") ? messages.getMessage("grade." + term, null, null, locale) : null,
                locale);
    }

    /** Why {@code run} failed, in the words of {@code locale}, or null when it did not. */
    @Nullable
    String failure(ZoningRun run, PlanningJob job, Locale locale) {
        if (run.errorCode() != null) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> params =
                    json.readValue(String.valueOf(run.errorParamsJson()), java.util.Map.class);
            return reason(new Reason(run.errorCode(), params), locale);
        }
        if (job.failure() == null) {
            return null;
        }
        return messages.getMessage(
                "job.error." + job.failure().code().name(),
                job.failure().arguments().toArray(),
                job.failure().text(),
                locale);
    }

    /** The message {@code key} with {@code args}. */
    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
