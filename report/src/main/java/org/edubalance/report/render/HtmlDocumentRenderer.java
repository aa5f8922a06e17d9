package org.edubalance.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.ReportDocument;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Lays a {@link ReportDocument} out as one XHTML page with print CSS (A4, page numbers, table headers repeated on
 * each page) for {@link PdfDocumentRenderer}. Charts are tables with inline SVG ({@link SvgChartWriter}).
 */
final class HtmlDocumentRenderer {
    /** The font family every element uses; the PDF renderer registers the embedded Noto Sans SC under this name. */
    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Noto Sans SC'; font-size: 8pt; color: #607d8b; } }
            body { font-family: 'Noto Sans SC'; font-size: 8.5pt; line-height: 1.45; color: #212121; }
            h1 { font-size: 15pt; font-weight: bold; color: #0d47a1; page-break-before: always; margin: 0 0 6pt 0;
              border-bottom: 1.5pt solid #0d47a1; padding-bottom: 3pt; }
            h2 { font-size: 12pt; font-weight: bold; color: #1565c0; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            h3 { font-size: 10pt; font-weight: bold; margin: 8pt 0 3pt 0; page-break-after: avoid; }
            p { margin: 3pt 0 5pt 0; }
            .cover { page-break-after: always; padding-top: 60mm; }
            .cover-title { font-size: 24pt; font-weight: bold; color: #0d47a1; margin-bottom: 10pt; }
            .cover-subtitle { font-size: 16pt; margin-bottom: 24pt; }
            .cover-verdict { font-size: 18pt; font-weight: bold; color: #ffffff; padding: 8pt 14pt; margin-bottom: 24pt; }
            .cover-line { font-size: 10pt; margin: 4pt 0; }
            .notice { border-left: 4pt solid #607d8b; background-color: #f5f7f8; padding: 5pt 8pt; margin: 6pt 0 8pt 0;
              page-break-inside: avoid; }
            .notice-title { font-weight: bold; margin: 0 0 2pt 0; }
            .notice ul { margin: 2pt 0 0 0; padding-left: 14pt; }
            .caption { font-weight: bold; margin: 8pt 0 2pt 0; page-break-after: avoid; }
            table.data { width: 100%; border-collapse: collapse; margin-bottom: 4pt; -fs-table-paginate: paginate; }
            table.data th { background-color: #e3eaf2; font-weight: bold; border: 0.5pt solid #90a4ae; padding: 2pt 3pt;
              text-align: center; }
            table.data td { border: 0.5pt solid #b0bec5; padding: 1.5pt 3pt; vertical-align: top; }
            table.data tr { page-break-inside: avoid; }
            table.fixed { table-layout: fixed; }
            td { word-wrap: break-word; }
            td.num { text-align: right; white-space: nowrap; }
            tr.section td { background-color: #eceff1; font-weight: bold; }
            tr.total td { font-weight: bold; background-color: #f5f5f5; }
            tr.addition td { font-style: italic; color: #455a64; }
            .footnote { font-size: 7.5pt; color: #455a64; margin: 1pt 0; }
            .chart { margin: 6pt 0 10pt 0; }
            .chart.small { page-break-inside: avoid; }
            .chart-title { font-weight: bold; margin: 6pt 0 3pt 0; page-break-after: avoid; }
            table.bars tr { page-break-inside: avoid; }
            table.bars { border-collapse: collapse; border-spacing: 0; }
            table.bars td { padding: 0; vertical-align: middle; }
            td.bar-label { padding-right: 6pt; text-align: right; font-size: 7.5pt; line-height: 1.1; width: 190pt; }
            td.bar { line-height: 0; width: 280px; }
            td.bar-value { padding-left: 4pt; font-size: 7.5pt; white-space: nowrap; }
            td.bar-axis { line-height: 0; padding-top: 1pt; width: 280px; }
            .swatch { font-size: 7pt; }
            .axis-text { line-height: 1.3; font-size: 7pt; color: #455a64; padding-top: 2pt; }
            .legend { font-size: 7.5pt; }
            td.trend-label { width: 180pt; }
            td.spark { line-height: 0; padding: 1pt 3pt; width: 140pt; }
            """;

    private final Xhtml out = new Xhtml();
    private final SvgChartWriter charts = new SvgChartWriter(out);

    /** The XHTML page of {@code document}. */
    static String render(ReportDocument document) {
        HtmlDocumentRenderer renderer = new HtmlDocumentRenderer();
        renderer.write(document);
        return renderer.out.toString();
    }

    private void write(ReportDocument document) {
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.open(
                "html",
                "xmlns",
                "http://www.w3.org/1999/xhtml",
                "lang",
                document.locale().toLanguageTag());
        out.open("head");
        out.raw("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>");
        out.element("title", document.title());
        out.element("style", CSS);
        out.close("head");
        out.open("body");
        for (Block block : document.blocks()) {
            block(block);
        }
        out.close("body");
        out.close("html");
    }

    private void block(Block block) {
        switch (block) {
            case Block.Cover c -> cover(c);
            case Block.Heading h -> out.element("h" + h.level(), h.text());
            case Block.Paragraph p -> out.element("p", p.text());
            case Block.Notice n -> notice(n);
            case Block.Table t -> table(t);
            case Block.Chart c -> charts.bars(c.chart());
            case Block.Trend t -> charts.trend(t.chart());
        }
    }

    private void cover(Block.Cover cover) {
        out.open("div", "class", "cover");
        out.element("div", "class", "cover-title", cover.title());
        out.element("div", "class", "cover-subtitle", cover.subtitle());
        out.element(
                "div",
                "class",
                "cover-verdict",
                "style",
                "background-color: " + SvgChartWriter.colour(cover.verdictTone()),
                cover.verdict());
        for (String line : cover.lines()) {
            out.element("p", "class", "cover-line", line);
        }
        out.close("div");
    }

    private void notice(Block.Notice notice) {
        out.open("div", "class", "notice", "style", "border-left-color: " + SvgChartWriter.colour(notice.tone()));
        out.element("p", "class", "notice-title", notice.title());
        if (!notice.lines().isEmpty()) {
            out.open("ul");
            for (String line : notice.lines()) {
                out.element("li", line);
            }
            out.close("ul");
        }
        out.close("div");
    }

    private void table(Block.Table table) {
        if (!table.caption().isEmpty()) {
            out.element("p", "class", "caption", table.caption());
        }
        out.open("table", "class", table.widths().isEmpty() ? "data" : "data fixed");
        if (!table.widths().isEmpty()) {
            int total = table.widths().stream().mapToInt(Integer::intValue).sum();
            out.open("colgroup");
            for (int width : table.widths()) {
                out.raw("<col style=\"width: " + (100.0 * width / total) + "%\"/>");
            }
            out.close("colgroup");
        }
        out.open("thead");
        out.open("tr");
        for (String header : table.headers()) {
            out.element("th", header);
        }
        out.close("tr");
        out.close("thead");
        out.open("tbody");
        int columns = table.headers().size();
        for (ReportRow row : table.rows()) {
            row(row, columns);
        }
        out.close("tbody");
        out.close("table");
        for (String footnote : table.footnotes()) {
            out.element("p", "class", "footnote", footnote);
        }
    }

    private void row(ReportRow row, int columns) {
        switch (row.kind()) {
            case SECTION -> {
                out.open("tr", "class", "section");
                out.element(
                        "td",
                        "colspan",
                        Integer.toString(columns),
                        text(row.cells().getFirst()));
                out.close("tr");
                return;
            }
            case TOTAL -> out.open("tr", "class", "total");
            case ADDITION -> out.open("tr", "class", "addition");
            case WARNING -> out.open("tr", "class", "warning");
            case BODY -> out.open("tr");
        }
        List<ReportCell> cells = row.cells();
        for (int c = 0; c < columns; c++) {
            ReportCell cell = c < cells.size() ? cells.get(c) : ReportCell.blank();
            if (cell instanceof ReportCell.Numeric) {
                out.element("td", "class", "num", text(cell));
            } else {
                out.element("td", text(cell));
            }
        }
        out.close("tr");
    }

    /** A cell as printed: numbers with exactly their scale's decimals (already rounded, see {@link ReportCell}). */
    static String text(ReportCell cell) {
        return switch (cell) {
            case ReportCell.Text t -> t.text();
            case ReportCell.Numeric n ->
                BigDecimal.valueOf(n.value())
                        .setScale(n.scale(), RoundingMode.HALF_UP)
                        .toPlainString();
            case ReportCell.Blank b -> "";
        };
    }
}
