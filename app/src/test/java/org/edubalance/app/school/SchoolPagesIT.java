package org.edubalance.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@PlatformTest
class SchoolPagesIT {
    private final int port;
    private final Api api;

    SchoolPagesIT(@Value("${local.server.port}") int port) {
        this.port = port;
        this.api = new Api(port);
    }

    @Test
    void aPrincipalSavesTheFormWithErrorsNextToFieldsAndAConflictWhenSomeoneElseSavedFirst() {
        String own = Api.json(api.get("/api/v1/schools?year=2024", "principal"))
                .get(0)
                .get("code")
                .asString();
        String path = "/schools/" + own + "/years/2024/edit?lang=en";
        PageSession principal = PageSession.signIn(port, "principal");
        String form = principal.get(path).body();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String csrf = PageSession.csrf(form);

        HttpResponse<String> refused = principal.postForm(
                path, "_csrf=" + PageSession.encode(csrf) + "&version=" + version + "&art_rooms=many");
        HttpResponse<String> saved =
                principal.postForm(path, "_csrf=" + PageSession.encode(csrf) + "&version=" + version + "&art_rooms=4");
        HttpResponse<String> stale =
                principal.postForm(path, "_csrf=" + PageSession.encode(csrf) + "&version=" + version + "&art_rooms=5");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("aria-invalid=\"true\"", "class=\"field-error\"", "IMP-", "value=\"many\"");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("id=\"saved\"");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"conflict\"", "someone else changed this record");
        assertThat(Api.json(api.get("/api/v1/schools/" + own + "/years/2024", "admin"))
                        .get("values")
                        .get("art_rooms")
                        .asString())
                .isEqualTo("4");
    }

    @Test
    void inspectorsReadTheFormButCannotSaveIt() {
        String school = Api.json(api.get("/api/v1/schools?year=2024", "admin"))
                .get(4)
                .get("code")
                .asString();
        String path = "/schools/" + school + "/years/2024/edit";
        PageSession inspector = PageSession.signIn(port, "inspector");
        HttpResponse<String> form = inspector.get(path);

        HttpResponse<String> post = inspector.postForm(
                path, "_csrf=" + PageSession.encode(PageSession.csrf(form.body())) + "&version=1&art_rooms=9");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"read-only\"").doesNotContain("type=\"submit\">保存");
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void principalsListOnlyTheirSchoolAndCannotOpenAnotherSchoolsPage() {
        JsonNode all = Api.json(api.get("/api/v1/schools?year=2025", "admin"));
        String own = Api.json(api.get("/api/v1/schools?year=2025", "principal"))
                .get(0)
                .get("code")
                .asString();
        String other = all.get(0).get("code").asString().equals(own)
                ? all.get(1).get("code").asString()
                : all.get(0).get("code").asString();
        PageSession principal = PageSession.signIn(port, "principal");

        assertThat(principal.get("/schools?year=2025").body()).contains(own).doesNotContain(">" + other + "<");
        assertThat(principal.get("/schools/" + other + "?year=2025").statusCode())
                .isEqualTo(403);
        assertThat(principal.get("/schools/" + own + "?year=2025").statusCode()).isEqualTo(200);
        assertThat(principal.get("/dashboard").statusCode()).isEqualTo(403);
        assertThat(principal.get("/import").statusCode()).isEqualTo(403);
        assertThat(principal.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() {
        PageSession planner = PageSession.signIn(port, "planner");

        HttpResponse<String> fragment =
                planner.get("/schools?year=2025&location=RURAL&sort=compliance", "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"school-table\"").doesNotContain("<html", "<nav>");
    }

    @Test
    void theCountyFilterShowsTheChosenCountyAndIgnoresOneNotHeld() {
        PageSession planner = PageSession.signIn(port, "planner");
        String county = Api.json(api.get("/api/v1/regions/counties", "admin"))
                .get(1)
                .get("code")
                .asString();

        String chosen =
                planner.get("/schools?year=2025&lang=en&county=" + county).body();
        int held = Api.json(api.get("/api/v1/schools?year=2025&county=" + county, "planner"))
                .size();
        int all = Api.json(api.get("/api/v1/schools?year=2025", "planner")).size();
        String unknown = planner.get("/schools?year=2025&county=999999").body();

        assertThat(countySelect(chosen))
                .contains("<option value=\"" + county + "\" selected=\"selected\">")
                .containsOnlyOnce("selected=\"selected\"");
        assertThat(chosen).contains(held + " schools in 2025");
        assertThat(planner.get("/schools?year=2025&lang=en").body()).contains(all + " schools in 2025");
        assertThat(unknown).contains("0 schools in 2025");
        assertThat(held).isPositive().isLessThan(all);
        assertThat(countySelect(unknown))
                .contains("<option value=\"" + county + "\">")
                .doesNotContain("selected");
    }

    @Test
    void theSchoolPageShowsShortfallsTheSegmentSplitAndHistoryUnderTheChosenStandard() {
        String nineYear = null;
        for (JsonNode s : Api.json(api.get("/api/v1/schools?year=2025", "admin"))) {
            if (s.get("type").asString().equals("NINE_YEAR")) {
                nineYear = s.get("code").asString();
                break;
            }
        }
        assertThat(nineYear).as("the demo city has a nine-year school").isNotNull();
        PageSession inspector = PageSession.signIn(port, "inspector");

        String page =
                inspector.get("/schools/" + nineYear + "?year=2025&lang=en").body();
        String basic = inspector
                .get("/schools/" + nineYear + "?year=2025&standard=cn-2012-basic&lang=en")
                .body();
        String kept =
                inspector.get("/schools/" + nineYear + "?year=2024&lang=en").body();

        assertThat(page).contains("id=\"split\"", "id=\"part-PRIMARY\"", "id=\"part-JUNIOR\"", "id=\"history\"");
        assertThat(page).contains("Standard cn-2017-quality", "Shortfall to the standard");
        assertThat(basic).contains("Standard cn-2012-basic");
        assertThat(kept).as("the session keeps the chosen standard").contains("Standard cn-2012-basic");
        assertThat(inspector.get("/standards?standard=cn-2017-quality").body())
                .contains("教督〔2017〕6号", "cn-2012-basic", "hebei-2017-quality");
    }

    private static String countySelect(String page) {
        int start = page.indexOf("<select name=\"county\">");
        assertThat(start).as("the county filter").isNotNegative();
        return page.substring(start, page.indexOf("</select>", start));
    }
}
