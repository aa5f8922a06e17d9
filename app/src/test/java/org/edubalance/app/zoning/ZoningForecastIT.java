package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * The county dashboard's seat forecast (docs/planning/zoning.md §4) from a zoning study of a county no other test
 * zones: each zone in force has 3 blocks × 10 children of every age, so 30 entrants in each of the next six years,
 * against 20 seats a school: every zone is short by 10 in every year, 12 lines (2 zones × 6 years).
 */
@PlatformTest
class ZoningForecastIT {
    private final int port;
    private final ApplicationContext app;

    @Autowired
    ZoningForecastIT(@Value("${local.server.port}") int port, ApplicationContext app) {
        this.port = port;
        this.app = app;
    }

    @Test
    void theCountyDashboardDrawsTheForecastOfTheZonesInForceWithTheirShortfalls() {
        var f = ZoningStudyFixture.elsewhere(app);
        var created = ZoningStudyApiIT.send(f.create(new Api(port), "planner", f.files(10, 20, "", "B1")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Api.json(created).get("id").asLong();

        String page = PageSession.signIn(port, "inspector")
                .get("/dashboard/" + f.county() + "?lang=en")
                .body();
        assertThat(page).contains("id=\"seat-forecast\"", "data-grade=\"G1\"", "href=\"/zoning/studies/" + id + "\"");
        assertThat(page).contains("&quot;kind&quot;:&quot;forecast&quot;", "&quot;limit&quot;:100");
        String table = page.substring(page.indexOf("forecast-short"));
        assertThat(table.split("<tr class=\"fail\">", -1)).hasSize(13);
        for (int year = f.year() + 1; year <= f.year() + 6; year++) {
            assertThat(table).contains("<td>" + year + "</td>\n          <td>30.0</td><td>20</td>");
        }
        assertThat(table).contains("ZA " + f.first().name(), "ZB " + f.second().name());
    }
}
