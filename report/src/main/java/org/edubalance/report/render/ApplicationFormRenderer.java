package org.edubalance.report.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.region.RegionCode;
import org.edubalance.report.equity.ApplicationFormReportBuilder;

/**
 * Writes an evaluation as the application-form workbook: 表Ⅱ-2, 表Ⅲ, the 2012 综合差异系数表 and EduBalance's verdict,
 * shortfall, urban–rural, inequality and exclusion sheets (see {@link ApplicationFormReportBuilder} for the layout and
 * {@link XlsxReportRenderer} for the file).
 */
public final class ApplicationFormRenderer {
    private final ApplicationFormReportBuilder builder;
    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    /** A renderer whose additional sheets are in {@code locale}'s language; the official tables are always Chinese. */
    public ApplicationFormRenderer(Locale locale) {
        this.builder = new ApplicationFormReportBuilder(locale);
    }

    /**
     * Writes the workbook of {@code evaluation} to {@code out}, replacing it.
     *
     * @param evaluation the evaluation
     * @param gaps gap analyses by county; a county without one has no shortfall or urban–rural rows
     * @param out the .xlsx file
     * @throws IOException when the file cannot be written
     */
    public void write(Evaluation evaluation, Map<RegionCode, GapAnalysis> gaps, Path out) throws IOException {
        renderer.render(builder.build(evaluation, gaps), out);
    }
}
