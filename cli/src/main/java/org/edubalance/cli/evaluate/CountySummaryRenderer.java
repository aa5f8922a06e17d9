package org.edubalance.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.edubalance.cli.Language;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;

/** One line per county, for evaluations of more counties than the detailed text report shows. */
final class CountySummaryRenderer {
    private final Language lang;

    CountySummaryRenderer(Language lang) {
        this.lang = lang;
    }

    void render(Standard standard, List<CountyEvaluation> counties, PrintWriter out) {
        out.println(lang.text("text.summaryHeader"));
        int met = 0;
        int notMet = 0;
        int incomplete = 0;
        for (CountyEvaluation c : counties) {
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
                    EvaluationTextRenderer.pad(EvaluationTextRenderer.verdict(lang, c), 12),
                    EvaluationTextRenderer.pad(segmentSummary(standard, c, Segment.PRIMARY), 28),
                    segmentSummary(standard, c, Segment.JUNIOR));
        }
        out.println(lang.text("text.summaryTotals", counties.size(), met, notMet, incomplete));
        out.println(lang.text("text.summaryHint"));
    }

    /** Per-school packs: compliant/schools and CVs over the limit; composite packs: the composite CV. */
    private String segmentSummary(Standard standard, CountyEvaluation c, Segment segment) {
        return c.segment(segment)
                .map(s -> (s.pass() ? "✓ " : "✗ ")
                        + (standard.schoolRule() == null
                                ? lang.text(
                                        "text.compositeShort",
                                        EvaluationTextRenderer.three(s.compositeCv()),
                                        s.schoolCount())
                                : s.compliantSchools() + "/" + s.schoolCount() + " "
                                        + lang.text("text.failingCvs", failingCvs(s))))
                .orElse("—");
    }

    private static long failingCvs(SegmentEvaluation s) {
        return s.indicators().stream()
                .filter(i -> Boolean.FALSE.equals(i.cvPass()))
                .count();
    }
}
