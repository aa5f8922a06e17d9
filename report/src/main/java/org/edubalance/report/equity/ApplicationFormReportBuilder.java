package org.edubalance.report.equity;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.Report;

/**
 * Builds the application-form report of an evaluation: the two official tables of the 2017 application form, the
 * composite-CV table of the 2012 method and five EduBalance sheets.
 *
 * <ol>
 *   <li>{@value #SCHOOL_FORM}: per school segment, the form's columns and the pack's indicators (2 decimals);
 *   <li>{@value #COUNTY_FORM}: per county, 全县平均值 (2 decimals) and 差异系数 (3 decimals) per segment with 综合,
 *       then EduBalance's CV limit and pass rows marked ※;
 *   <li>{@value #COMPOSITE_FORM}: the 2012 method's composite-CV table, per county and segment (CVs and composite to
 *       3 decimals, limit and pass under a composite pack);
 *   <li>{@value #VERDICT}: verdict, resource pass per segment, every other item with evidence and missing inputs;
 *   <li>{@value #SHORTFALLS}: what each school below a standard lacks, then county totals;
 *   <li>{@value #URBAN_RURAL}: urban : town : rural values and ratios;
 *   <li>{@value #INEQUALITY}: weighted Gini, Theil T with its between-location and between-township shares, and the
 *       schools that raise the CV most;
 *   <li>{@value #EXCLUDED}: schools outside the standard's scope, with the reason.
 * </ol>
 *
 * <p>The three official tables are in Chinese with an English note row whatever the locale, because they reproduce the
 * form; the other sheets use the locale (Chinese for {@code zh}, English otherwise). Sheet names never change. A
 * county missing from the gap analyses has no shortfall, urban–rural or inequality rows. The report is dated 1
 * September of the evaluated school year, so equal inputs give equal reports.
 */
public final class ApplicationFormReportBuilder {
    /** The per-school table of the application form. */
    public static final String SCHOOL_FORM = "表Ⅱ-2";
    /** The county table of the application form. */
    public static final String COUNTY_FORM = "表Ⅲ";
    /** The composite-CV table of the 2012 method. */
    public static final String COMPOSITE_FORM = "综合差异系数表";
    /** The verdict sheet. */
    public static final String VERDICT = "评估结论 Verdict";
    /** The shortfall sheet. */
    public static final String SHORTFALLS = "缺口 Shortfalls";
    /** The urban–rural sheet. */
    public static final String URBAN_RURAL = "城乡比较 Urban-rural";
    /** The sheet of where inequality comes from (Gini, Theil decomposition, CV drivers). */
    public static final String INEQUALITY = "不均衡来源 Inequality";
    /** The sheet of schools out of scope. */
    public static final String EXCLUDED = "范围外 Excluded";

    private final Wording words;

    /** A builder whose additional sheets are in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public ApplicationFormReportBuilder(Locale locale) {
        this.words = new Wording(locale);
    }

    /**
     * The report of {@code evaluation}.
     *
     * @param evaluation the evaluation
     * @param gaps gap analyses by county; a county without one has no shortfall, urban–rural or inequality rows
     */
    public Report build(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps) {
        Standard standard = evaluation.standard();
        String title =
                "EduBalance " + words.of(standard.title()) + " " + evaluation.year() + "–" + (evaluation.year() + 1);
        return new Report(
                title,
                LocalDate.of(evaluation.year(), Month.SEPTEMBER, 1),
                List.of(
                        new SchoolFormBuilder(standard).build(evaluation),
                        new CountyFormBuilder(standard).build(evaluation),
                        new CompositeCvFormBuilder(standard).build(evaluation),
                        new VerdictSheetBuilder(standard, words).build(evaluation),
                        new ShortfallSheetBuilder(standard, words).build(evaluation, gaps),
                        new LocationSheetBuilder(standard, words).build(evaluation, gaps),
                        new InequalitySheetBuilder(standard, words).build(evaluation, gaps),
                        new ExclusionSheetBuilder(standard, words).build(evaluation)));
    }
}
