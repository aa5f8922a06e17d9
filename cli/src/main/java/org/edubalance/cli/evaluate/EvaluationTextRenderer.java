package org.edubalance.cli.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.cli.Language;
import org.edubalance.cli.data.CountySummaries;
import org.edubalance.cli.data.CountySummary;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.Verdict;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.gap.ShortfallTotal;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;

/**
 * Renders an evaluation as text for people: a detailed report per county when a few counties are shown, a
 * one-line-per-county summary otherwise. Values use the official display rounding (values 2 dp, CVs 3 dp);
 * comparisons were made on unrounded values.
 */
final class EvaluationTextRenderer {
    /** Above this many counties the text shows one line per county. */
    static final int DETAIL_LIMIT = 3;

    private static final int SHORTFALL_LINES = 20;

    private final Language lang;

    EvaluationTextRenderer(Language lang) {
        this.lang = lang;
    }

    void render(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps, PrintWriter out) {
        Standard standard = evaluation.standard();
        header(standard, evaluation.year(), out);
        if (evaluation.counties().size() > DETAIL_LIMIT) {
            new CountySummaryRenderer(lang)
                    .render(
                            standard,
                            evaluation.counties().stream()
                                    .map(CountySummary::of)
                                    .toList(),
                            out);
        } else {
            for (CountyEvaluation county : evaluation.counties()) {
                detail(standard, county, gaps.get(county.county().code()), out);
            }
        }
        excluded(evaluation.excluded().size(), out);
        out.flush();
    }

    /** The summary of more than {@link #DETAIL_LIMIT} counties evaluated while read: what {@link #render} shows. */
    void render(CountySummaries summaries, PrintWriter out) {
        header(summaries.standard(), summaries.year(), out);
        new CountySummaryRenderer(lang).render(summaries.standard(), summaries.counties(), out);
        excluded(summaries.excludedSchools(), out);
        out.flush();
    }

    private void header(Standard standard, int year, PrintWriter out) {
        out.println(
                lang.text("text.header", standard.title().in(lang.locale()), standard.id(), standard.version(), year));
    }

    private void excluded(int schools, PrintWriter out) {
        if (schools > 0) {
            out.println(schools == 1 ? lang.text("text.excludedOne") : lang.text("text.excluded", schools));
        }
    }

    private void detail(Standard standard, CountyEvaluation county, @Nullable GapAnalysis gap, PrintWriter out) {
        out.println();
        // Province and city names come first: demo data say （演示） there, so synthetic figures are never mistaken.
        String region = java.util.stream.Stream.of(
                        county.county().provinceName(),
                        county.county().cityName(),
                        county.county().name())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
        out.println(region + " (" + county.county().code() + ")   " + lang.text("text.verdictIs", verdict(county)));
        for (SegmentEvaluation s : county.segments()) {
            out.println();
            out.println(lang.text(
                    "text.segmentHeader",
                    segmentName(s.segment()),
                    s.schoolCount(),
                    s.studentCount(),
                    s.compliantSchools(),
                    s.pass() ? lang.text("text.pass") : lang.text("text.fail")));
            for (String reason : reasons(standard, s)) {
                out.println("  ✗ " + reason);
            }
            out.println(lang.text("text.indicatorHeader"));
            for (IndicatorStatistic i : s.indicators()) {
                IndicatorDefinition def = standard.indicator(i.indicatorId()).orElseThrow();
                out.printf(
                        Locale.ROOT,
                        "  %10s %7s %6s %2s  %s%n",
                        two(i.countyValue()),
                        three(i.cv()),
                        i.cvLimit() == null ? "" : two(i.cvLimit()),
                        i.cvPass() == null ? "" : i.cvPass() ? "✓" : "✗",
                        def.name().in(lang.locale()));
            }
            out.println("  " + lang.text("text.composite") + " " + three(s.compositeCv())
                    + (s.compositeLimit() == null ? "" : " ≤ " + two(s.compositeLimit()) + (s.pass() ? " ✓" : " ✗")));
            if (gap != null) {
                locations(standard, s.segment(), gap, out);
                inequality(standard, s, gap, out);
            }
        }
        items(standard, county, out);
        if (gap != null) {
            shortfalls(standard, gap, out);
        }
    }

    /** Why a segment fails, in the output language. */
    private List<String> reasons(Standard standard, SegmentEvaluation s) {
        return FindingWords.of(lang.locale(), standard).word(s.reasons());
    }

    private void locations(Standard standard, Segment segment, GapAnalysis gap, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (LocationComparison l : gap.locations()) {
            if (l.segment() != segment || Double.isNaN(l.urbanToRural())) {
                continue;
            }
            IndicatorDefinition def = standard.indicator(l.indicatorId()).orElseThrow();
            line.append(String.format(
                    Locale.ROOT, "%n    %-46s %s", ratioText(l), def.name().in(lang.locale())));
        }
        if (!line.isEmpty()) {
            out.print("  " + lang.text("text.urbanRural"));
            out.println(line);
        }
    }

    /**
     * Where each indicator's inequality comes from: the share of Theil T between urban, town and rural schools
     * and between townships, and the schools whose removal would lower the CV most.
     */
    private void inequality(Standard standard, SegmentEvaluation segment, GapAnalysis gap, PrintWriter out) {
        out.println("  " + lang.text("text.inequalityHeader"));
        for (IndicatorStatistic i : segment.indicators()) {
            String id = i.indicatorId();
            double byLocation = betweenShare(gap, segment.segment(), id, "location");
            double byTownship = betweenShare(gap, segment.segment(), id, "township");
            List<String> drivers = gap.cvDrivers().stream()
                    .filter(d ->
                            d.segment() == segment.segment() && d.indicatorId().equals(id))
                    .map(d -> d.schoolName() + " (+" + three(d.contribution()) + ")")
                    .toList();
            out.printf(
                    Locale.ROOT,
                    "    %6s %6s  %s%n      %s%n",
                    percent(byLocation),
                    percent(byTownship),
                    standard.indicator(id).orElseThrow().name().in(lang.locale()),
                    drivers.isEmpty() ? "—" : String.join(", ", drivers));
        }
    }

    private static double betweenShare(GapAnalysis gap, Segment segment, String indicatorId, String grouping) {
        return gap.theil().stream()
                .filter(t -> t.segment() == segment
                        && t.indicatorId().equals(indicatorId)
                        && t.grouping().equals(grouping))
                .mapToDouble(t -> t.decomposition().total() > 0
                        ? t.decomposition().between() / t.decomposition().total()
                        : Double.NaN)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String ratioText(LocationComparison l) {
        Double urban = l.valueByLocation().get(Location.URBAN);
        Double town = l.valueByLocation().get(Location.TOWN);
        Double rural = l.valueByLocation().get(Location.RURAL);
        return (urban == null ? "—" : two(urban)) + " : " + (town == null ? "—" : two(town)) + " : "
                + (rural == null ? "—" : two(rural)) + "  (" + two(l.urbanToRural()) + " : "
                + (Double.isNaN(l.townToRural()) ? "—" : two(l.townToRural())) + " : 1)";
    }

    private void items(Standard standard, CountyEvaluation county, PrintWriter out) {
        if (county.items().isEmpty()) {
            return;
        }
        out.println();
        out.println(lang.text("text.items"));
        for (ItemResult r : county.items()) {
            String mark = r.status() == ItemStatus.MET ? "✓" : r.status() == ItemStatus.NOT_MET ? "✗" : "?";
            out.println("  " + mark + " " + r.item().name().in(lang.locale()) + " ["
                    + r.item().id() + "]");
            if (r.status() != ItemStatus.MET) {
                for (String e : FindingWords.of(lang.locale(), standard).word(r.evidence())) {
                    out.println("      " + e);
                }
            }
        }
        if (!county.missingInputs().isEmpty()) {
            out.println(lang.text("text.missing", String.join(", ", county.missingInputs())));
        }
    }

    private void shortfalls(Standard standard, GapAnalysis gap, PrintWriter out) {
        if (gap.shortfalls().isEmpty()) {
            return;
        }
        out.println();
        out.println(lang.text("text.shortfalls"));
        List<Shortfall> shown = gap.shortfalls()
                .subList(0, Math.min(SHORTFALL_LINES, gap.shortfalls().size()));
        for (Shortfall s : shown) {
            IndicatorDefinition def = standard.indicator(s.indicatorId()).orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "  %s %s %9s < %-8s %14s %-9s %12s   %s%n",
                    pad(s.schoolName(), 26),
                    pad(segmentName(s.segment()), 6),
                    two(s.value()),
                    two(s.threshold()),
                    "+" + amount(s.toThreshold()),
                    s.quantity().unit(),
                    "+" + amount(s.toFloor()),
                    def.name().in(lang.locale()));
        }
        if (gap.shortfalls().size() > shown.size()) {
            out.println(lang.text("text.moreShortfalls", gap.shortfalls().size() - shown.size()));
        }
        out.println(lang.text("text.totals"));
        for (ShortfallTotal t : gap.totals()) {
            IndicatorDefinition def = standard.indicator(t.indicatorId()).orElseThrow();
            out.printf(
                    Locale.ROOT,
                    "  %s %4d %14s %-9s %12s   %s%n",
                    pad(segmentName(t.segment()), 6),
                    t.schools(),
                    "+" + amount(t.toThreshold()),
                    t.quantity().unit(),
                    "+" + amount(t.toFloor()),
                    def.name().in(lang.locale()));
        }
    }

    private String verdict(CountyEvaluation c) {
        return verdict(lang, c.verdict());
    }

    static String verdict(Language lang, Verdict verdict) {
        return lang.text("verdict." + verdict.name());
    }

    private String segmentName(Segment segment) {
        return lang == Language.zh ? segment.chineseName() : segment.englishName();
    }

    /** {@code text} padded with spaces to {@code width} terminal columns (CJK characters take two). */
    static String pad(String text, int width) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                            || (text.charAt(i) >= '\uFF00' && text.charAt(i) <= '\uFFEF')
                    ? 2
                    : 1;
        }
        return columns >= width ? text : text + " ".repeat(width - columns);
    }

    static String two(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String three(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String amount(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }
}
