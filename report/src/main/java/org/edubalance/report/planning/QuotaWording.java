package org.edubalance.report.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edubalance.planning.quota.QuotaExplanation.CandidateExplanation;
import org.edubalance.planning.quota.QuotaExplanation.EarlierChoice;
import org.edubalance.planning.quota.QuotaExplanation.JuniorExplanation;
import org.edubalance.planning.quota.QuotaExplanation.QuotaLine;
import org.jspecify.annotations.Nullable;

/**
 * The explanation of an admission in one language (Chinese for {@code zh}, English otherwise), from the bundle
 * {@code quota.properties} / {@code quota_zh.properties}: the sentences a candidate's family or a junior high reads,
 * built from the planner's codes and figures (docs/planning/quota.md §7).
 */
public final class QuotaWording {
    private final ResourceBundle words;
    private final boolean chinese;

    public QuotaWording(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
        this.words = ResourceBundle.getBundle(
                "org.edubalance.report.planning.quota",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The candidate's placement, one sentence a line: rank, admission, quota batch, each earlier choice. */
    public List<String> candidate(CandidateExplanation e) {
        List<String> lines = new ArrayList<>();
        lines.add(text("explain.candidate", e.candidateId(), e.juniorSchool(), e.rank()));
        if (e.school() == null) {
            lines.add(text("explain.unplaced"));
        } else {
            lines.add(text(
                    "explain.admitted", e.school(), text("batch." + e.batch().name()), score(e.cutoffMet())));
        }
        QuotaLine q = e.quota();
        if (q != null) {
            String key = "explain.quota." + q.standing().name();
            lines.add(
                    switch (q.standing()) {
                        case ADMITTED, OUTRANKED ->
                            text(key, q.highSchool(), q.seats(), e.juniorSchool(), q.rankAtJunior());
                        case NO_SEATS -> text(key, q.highSchool(), e.juniorSchool());
                        case BELOW_MIN_SCORE -> text(key, q.highSchool());
                    });
        }
        for (EarlierChoice c : e.earlierChoices()) {
            lines.add(text("explain.earlier", c.school(), score(c.generalCutoff())));
        }
        return lines;
    }

    /** What the quota seats change for a junior high, in one sentence. */
    public String juniorHigh(JuniorExplanation e) {
        return text(
                "explain.junior",
                e.juniorSchool(),
                chinese ? e.location().chineseName() : e.location().name().toLowerCase(Locale.ROOT),
                e.candidates(),
                e.quotaSeats(),
                e.keyAdmitted(),
                e.keyAdmittedWithoutQuota(),
                e.change());
    }

    private static String score(@Nullable BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, words.getString(key), args);
    }
}
