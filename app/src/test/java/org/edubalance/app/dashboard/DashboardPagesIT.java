package org.edubalance.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@PlatformTest
class DashboardPagesIT {
    private static final String SQUARE =
            "{\"type\": \"Polygon\", \"coordinates\": [[[100, 20], [130, 20], [130, 50]," + " [100, 50], [100, 20]]]}";

    private final int port;
    private final String county;

    DashboardPagesIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.county = Api.json(new Api(port).get("/api/v1/regions/counties", "admin"))
                .get(1)
                .get("code")
                .asString();
    }

    @Test
    void showsTheCityAndACountyWithTheirChartData() {
        PageSession inspector = PageSession.signIn(port, "inspector");

        String city = inspector.get("/dashboard?year=2025&lang=en").body();
        String one =
                inspector.get("/dashboard/" + county + "?year=2025&lang=en").body();

        assertThat(city).contains("id=\"county-table\"", "data-chart=", "&quot;kind&quot;:&quot;cv&quot;");
        assertThat(one)
                .contains("&quot;kind&quot;:&quot;trend&quot;", "data-chart-src=\"/dashboard/" + county + "/map.json");
        assertThat(inspector.get("/dashboard/" + county + "/map.json?year=2025").body())
                .startsWith("{")
                .contains("\"kind\":\"map\"", "\"points\"");
        assertThat(one).contains("id=\"weakest\"", "Urban : rural", "id=\"export-xlsx\"");
        // The body is rendered once and copied in (RenderedFragments): one document, in the page's language.
        assertThat(one.split("<html", -1)).hasSize(2);
        assertThat(one.split("<body", -1)).hasSize(2);
        assertThat(inspector.get("/dashboard/" + county + "?year=2025&lang=zh").body())
                .contains("最薄弱学校")
                .doesNotContain("Weakest schools");
    }

    @Test
    void exportsTheEvaluationAsWorkbookReportAndCsv() throws java.io.IOException {
        PageSession inspector = PageSession.signIn(port, "inspector");

        HttpResponse<byte[]> xlsx = inspector.getBytes("/dashboard/" + county + "/export?format=xlsx&year=2025");
        HttpResponse<byte[]> pdf = inspector.getBytes("/dashboard/" + county + "/export?format=pdf&year=2025&lang=zh");
        HttpResponse<byte[]> csv = inspector.getBytes("/dashboard/" + county + "/export?format=csv&year=2025");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            // The report of that county and year, in Chinese, with the years held for the trend.
            assertThat(text).contains(county).contains("2025").contains("差异系数");
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("school_code", county);
    }

    @Test
    void plannersUploadABoundaryThatTheMapDrawsAndInspectorsCannot() {
        PageSession planner = PageSession.signIn(port, "planner");
        String page = planner.get("/dashboard/" + county + "?year=2025").body();
        String csrf = PageSession.csrf(page);

        HttpResponse<String> bad = planner.upload(
                "/dashboard/" + county + "/boundary", csrf, "", "b.json", "{\"type\": \"Point\"}".getBytes());
        String afterBad =
                planner.get("/dashboard/" + county + "?year=2025&lang=en").body();
        HttpResponse<String> good =
                planner.upload("/dashboard/" + county + "/boundary", csrf, "", "b.geojson", SQUARE.getBytes());

        assertThat(page).contains("action=\"/dashboard/" + county + "/boundary\"");
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(afterBad).contains("The file is not GeoJSON");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(planner.get("/dashboard/" + county + "?year=2025").body())
                .contains("data-boundary=\"/dashboard/" + county + "/boundary.json\"");
        assertThat(planner.get("/dashboard/" + county + "/boundary.json").body())
                .contains("FeatureCollection", "Polygon");
        assertThat(planner.get("/dashboard/boundary.json").body()).contains("Polygon");

        PageSession inspector = PageSession.signIn(port, "inspector");
        String inspectorPage =
                inspector.get("/dashboard/" + county + "?year=2025").body();
        HttpResponse<String> refused = inspector.upload(
                "/dashboard/" + county + "/boundary",
                PageSession.csrf(inspectorPage),
                "",
                "b.geojson",
                SQUARE.getBytes());
        assertThat(inspectorPage).doesNotContain("action=\"/dashboard/" + county + "/boundary\"");
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
