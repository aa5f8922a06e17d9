package org.edubalance.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.edubalance.cli.Language;
import org.edubalance.cli.data.CountySummary;
import org.edubalance.cli.data.CountySummary.SegmentSummary;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/** One line per county, for evaluations of more counties than the detailed text report shows. */
final class CountySummaryRenderer {
    private final Language lang;

    CountySummaryRenderer(Language lang) {
        this.lang = lang;
    }

    void render(Standard standard, List<CountySummary> counties, PrintWriter out) {
        out.println(lang.text("text.summaryHeader"));
        int met = 0;
        int notMet = 0;
        int incomplete = 0;
        for (CountySummary c : counties) {
            switch (c.verdict()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                case INCOMPLETE -> incomplete++;
            }
            out.printf(
                    Locale.ROOT,
                    "%-8s %s %s %s %s%n",
                    c.county().code(),
                    EvaluationTextRenderer.pad(c.county().name(), 16),
                    EvaluationTextRenderer.pad(EvaluationTextRenderer.verdict(lang, c.verdict()), 12),
                    EvaluationTextRenderer.pad(segmentSummary(standard, c.segment(Segment.PRIMARY)), 28),
                    segmentSummary(standard, c.segment(Segment.JUNIOR)));
        }
        out.println(lang.text("text.summaryTotals", counties.size(), met, notMet, incomplete));
        out.println(lang.text("text.summaryHint"));
    }

    /** Per-school packs: compliant/schools and CVs over the limit; composite packs: the composite CV. */
    private String segmentSummary(Standard standard, @Nullable SegmentSummary s) {
        if (s == null) {
            return "—";
        }
        return (s.pass() ? "✓ " : "✗ ")
                + (standard.schoolRule() == null
                        ? lang.text("text.compositeShort", EvaluationTextRenderer.three(s.compositeCv()), s.schools())
                        : s.compliantSchools() + "/" + s.schools() + " "
                                + lang.text("text.failingCvs", s.cvsOverLimit()));
    }
}
