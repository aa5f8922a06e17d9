package org.edubalance.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edubalance.app.Api;
import org.edubalance.app.PageSession;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Whatever a principal receives names no other school: the county evaluation's item findings count the failing
 * schools without naming them, and the pages a principal may open show their own school only. The other schools are
 * read from the database, every year and name they have.
 */
@PlatformTest
class PrincipalSeesNoOtherSchoolIT {
    private final int port;
    private final Api api;
    private final String ownSchool;
    private final String county;
    private final List<Integer> years;
    private final Set<String> otherSchools = new LinkedHashSet<>();

    @Autowired
    PrincipalSeesNoOtherSchoolIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.port = port;
        this.api = new Api(port);
        this.ownSchool = jdbc.sql("select school_code from user_account where username = 'principal'")
                .query(String.class)
                .single();
        this.county = jdbc.sql("select county_code from school_year where school_code = ? order by year desc limit 1")
                .param(ownSchool)
                .query(String.class)
                .single();
        this.years = jdbc.sql("select distinct year from school_year where county_code = ? order by year")
                .param(county)
                .query(Integer.class)
                .list();
        jdbc.sql("select school_code, school_name from school_year where county_code = ? and school_code <> ?")
                .params(county, ownSchool)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(otherSchools::addAll);
    }

    @Test
    void theCountyEvaluationNamesNoOtherSchoolYetCountsThem() {
        List<String> documents = new ArrayList<>();
        for (String standard : List.of("cn-2017-quality", "cn-2012-basic")) {
            for (int year : years) {
                var response = api.get(
                        "/api/v1/evaluations/" + county + "?year=" + year + "&standard=" + standard, "principal");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                documents.add(response.body());
            }
        }
        for (String document : documents) {
            assertThat(otherSchools).noneMatch(document::contains);
        }
        // The planner's findings of the same county name the failing schools: the check above can fail.
        JsonNode items = Api.json(api.get("/api/v1/evaluations/" + county, "planner"))
                .get("counties")
                .get(0)
                .get("items");
        assertThat(otherSchools).anyMatch(items.toString()::contains);
        // The counts stay: a principal still reads how many schools fail.
        assertThat(documents.getFirst()).contains("\"code\":\"SCHOOLS_FAIL_CHECK\"", "\"failing\":");
    }

    @Test
    void thePagesAPrincipalOpensShowNoOtherSchool() {
        for (String lang : List.of("zh", "en")) {
            PageSession principal = PageSession.signIn(port, "principal");
            List<String> paths = new ArrayList<>(List.of("/", "/schools", "/schools/" + ownSchool, "/standards"));
            for (int year : years) {
                paths.add("/schools/" + ownSchool + "?year=" + year);
                paths.add("/schools?year=" + year);
            }
            for (String path : paths) {
                var page = principal.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(otherSchools).as(path).noneMatch(page.body()::contains);
            }
        }
        var apiSchools = api.get("/api/v1/schools", "principal").body();
        assertThat(otherSchools).noneMatch(apiSchools::contains);
    }
}
