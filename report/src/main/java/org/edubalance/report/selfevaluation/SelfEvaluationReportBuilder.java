package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.GapAnalyzer;
import org.edubalance.core.region.County;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.ReportDocument;

/**
 * Builds one county's self-evaluation report (自评报告) as a {@link ReportDocument}:
 *
 * <ol>
 *   <li>a cover with the county, standard, school year, verdict and generation time;
 *   <li>the summary: verdict, what is incomplete (items lacking inputs, segments without schools), the resource
 *       result per segment and the item results per part;
 *   <li>resource allocation per segment: county values and CVs against the limits (table and chart), every school's
 *       values (table) and indicators met per school (chart);
 *   <li>urban, town and rural values (table and chart);
 *   <li>the CVs over the school years held (trend), or a note that one year is held;
 *   <li>the government-guarantee, quality, social-recognition and veto items with status, evidence and the inputs they
 *       rest on;
 *   <li>the schools not meeting the per-school rule with their shortfalls in natural units, and the totals that close
 *       the gaps;
 *   <li>appendices on the method and the data's provenance.
 * </ol>
 *
 * <p>Every number is rounded as the application form rounds it (docs/standards.md §10). The document depends only on its
 * inputs — the generation time is the caller's — so equal inputs give equal documents. A county with missing inputs
 * gives a complete document whose summary names the parts that cannot be judged.
 */
public final class SelfEvaluationReportBuilder {
    private final Labels labels;

    /** A builder writing in {@code locale}'s language: Chinese for {@code zh}, English otherwise. */
    public SelfEvaluationReportBuilder(Locale locale) {
        this.labels = new Labels(locale);
    }

    /** The report of {@code data}'s county. */
    public ReportDocument build(SelfEvaluationData data) {
        CountyEvaluation county = data.countyEvaluation();
        Standard standard = data.evaluation().standard();
        List<SchoolEvaluation> schools = data.evaluation().schools().stream()
                .filter(s -> s.school().county().code().equals(data.county()))
                .toList();
        GapAnalysis gap = new GapAnalyzer(standard).analyze(county.county(), schools);
        CountyContext ctx = new CountyContext(data, county, schools, gap, labels);
        List<Block> blocks = new ArrayList<>();
        blocks.add(cover(ctx));
        blocks.addAll(new SummarySectionBuilder().build(ctx));
        blocks.addAll(new ResourceSectionBuilder().build(ctx));
        blocks.addAll(new LocationSectionBuilder().build(ctx));
        blocks.addAll(new TrendSectionBuilder().build(ctx));
        blocks.addAll(new ItemSectionBuilder().build(ctx));
        blocks.addAll(new ShortfallSectionBuilder().build(ctx));
        blocks.addAll(new AppendixSectionBuilder().build(ctx));
        String title = county.county().name() + " · " + labels.text("cover.title");
        return new ReportDocument(
                title,
                labels.locale(),
                labels.of(standard.title()) + " · " + county.year() + "–" + (county.year() + 1),
                blocks);
    }

    private static Block.Cover cover(CountyContext ctx) {
        CountyEvaluation county = ctx.county();
        Standard standard = ctx.standard();
        Provenance provenance = ctx.data().provenance();
        long students = county.segments().stream()
                .mapToLong(SegmentEvaluation::studentCount)
                .sum();
        int parts = county.segments().stream()
                .mapToInt(SegmentEvaluation::schoolCount)
                .sum();
        List<String> lines = new ArrayList<>();
        lines.add(ctx.text(
                "cover.standard",
                ctx.labels().of(standard.title()),
                standard.source(),
                standard.id(),
                standard.version()));
        lines.add(ctx.text("cover.year", county.year(), county.year() + 1));
        lines.add(ctx.text("cover.schools", parts, students));
        lines.add(ctx.text(
                "cover.generated",
                provenance.generatedAt().format(AppendixSectionBuilder.TIME),
                provenance.softwareVersion()));
        if (isDemo(county.county())) {
            lines.add(ctx.text("cover.demo"));
        }
        return new Block.Cover(
                ctx.text("cover.title"),
                Labels.county(county.county()),
                ctx.text("cover.verdict", ctx.labels().verdict(county.verdict())),
                SummarySectionBuilder.toneOf(county.verdict()),
                lines);
    }

    /** Demo data mark their names with （演示） (see core.demo), so a synthetic report is never taken for a real one. */
    private static boolean isDemo(County county) {
        return county.name().contains("演示")
                || (county.cityName() != null && county.cityName().contains("演示"))
                || (county.provinceName() != null && county.provinceName().contains("演示"));
    }
}
