package org.edubalance.report.render;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportChart;
import org.edubalance.report.model.ReportRow;

/**
 * Draws a {@link ReportChart} as a native clustered column chart (DrawingML through POI's XDDF) under its table.
 *
 * <p>Every series refers to the cells of the chart's table (so a spreadsheet program redraws it from them) and also
 * carries their values as the chart's cache, taken from the report rather than read back from the sheet: a streaming
 * workbook keeps its rows apart from the sheet the chart is drawn on.
 */
final class XlsxChartWriter {
    /** Columns and rows the chart spans, about 16 × 9 cm at the default sizes. */
    private static final int WIDTH_COLUMNS = 8;

    private static final int HEIGHT_ROWS = 20;

    private XlsxChartWriter() {}

    /**
     * Draws {@code chart} on sheet {@code sheetName} of {@code workbook}, its table's header being at row {@code
     * headerRow} (0-based) from column {@code firstColumn}, its rows right under it; the chart stands a row under the
     * table. A chart without rows has nothing to draw: its table stays, the chart is left out.
     */
    static void draw(Workbook workbook, String sheetName, ReportChart chart, int headerRow, int firstColumn) {
        List<ReportRow> rows = chart.rows();
        if (rows.isEmpty()) {
            return;
        }
        XSSFSheet sheet = switch (workbook) {
            case XSSFWorkbook xssf -> xssf.getSheet(sheetName);
            case SXSSFWorkbook streaming -> streaming.getXSSFWorkbook().getSheet(sheetName);
            default -> throw new IllegalArgumentException("Charts are drawn in .xlsx workbooks only");
        };
        int firstRow = headerRow + 1;
        int lastRow = headerRow + rows.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = lastRow + 2;
        int width = Math.max(WIDTH_COLUMNS, chart.headers().size());
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, firstColumn, top, firstColumn + width, top + HEIGHT_ROWS);
        XSSFChart drawn = drawing.createChart(anchor);
        drawn.setTitleText(chart.title());
        drawn.setTitleOverlay(false);
        drawn.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = drawn.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle(chart.categoryAxis());
        XDDFValueAxis values = drawn.createValueAxis(AxisPosition.LEFT);
        values.setTitle(chart.valueAxis());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) drawn.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        String[] names = rows.stream()
                .map(r -> ((ReportCell.Text) r.cells().getFirst()).text())
                .toArray(String[]::new);
        XDDFCategoryDataSource categoryData =
                XDDFDataSourcesFactory.fromArray(names, range(sheetName, firstRow, lastRow, firstColumn));
        for (int column : chart.series()) {
            Double[] figures = rows.stream()
                    .map(r -> ((ReportCell.Numeric) r.cells().get(column)).value())
                    .toArray(Double[]::new);
            var series = data.addSeries(
                    categoryData,
                    XDDFDataSourcesFactory.fromArray(
                            figures, range(sheetName, firstRow, lastRow, firstColumn + column)));
            series.setTitle(
                    chart.headers().get(column),
                    new CellReference(sheetName, headerRow, firstColumn + column, true, true));
        }
        drawn.plot(data);
    }

    /** The absolute reference of one column's cells, the sheet's name quoted where it needs it. */
    private static String range(String sheetName, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
    }
}
