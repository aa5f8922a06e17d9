package org.edubalance.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.edubalance.app.Api;
import org.edubalance.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EvaluationApiIT {
    private final Api api;
    private final String county;

    EvaluationApiIT(@Value("${local.server.port}") int port) {
        this.api = new Api(port);
        this.county = Api.json(api.get("/api/v1/regions/counties", "admin"))
                .get(0)
                .get("code")
                .asString();
    }

    @Test
    void returnsTheDocumentOfDataFormatsSection2() {
        HttpResponse<String> response = api.get("/api/v1/evaluations/" + county + "?year=2025", "inspector");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode doc = Api.json(response);
        assertThat(doc.get("standard").asString()).isEqualTo("cn-2017-quality");
        assertThat(doc.get("year").asInt()).isEqualTo(2025);
        JsonNode c = doc.get("counties").get(0);
        assertThat(c.get("code").asString()).isEqualTo(county);
        assertThat(c.get("verdict").asString()).isIn("MET", "NOT_MET", "INCOMPLETE");
        JsonNode segment = c.get("segments").get(0);
        assertThat(segment.propertyNames())
                .contains(
                        "segment",
                        "schoolCount",
                        "studentCount",
                        "indicators",
                        "compositeCv",
                        "compliantSchools",
                        "pass");
        assertThat(segment.get("indicators").get(0).propertyNames())
                .contains("id", "countyValue", "cv", "cvLimit", "cvPass");
        JsonNode school = doc.get("schools").get(0);
        assertThat(school.propertyNames())
                .contains("code", "name", "segment", "countyCode", "values", "metCount", "compliant");
        assertThat(school.get("values").get("teachers_above_degree_per100").isNumber())
                .isTrue();
    }

    @Test
    void switchesStandardAndRefusesAnUnknownOne() {
        JsonNode basic = Api.json(api.get("/api/v1/evaluations/" + county + "?standard=cn-2012-basic", "planner"));
        HttpResponse<String> unknown = api.get("/api/v1/evaluations/" + county + "?standard=nope", "planner");

        assertThat(basic.get("standard").asString()).isEqualTo("cn-2012-basic");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.json(unknown).get("code").asString()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void answers404ForACountyWithoutData() {
        HttpResponse<String> response = api.get("/api/v1/evaluations/999999", "admin");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void exportsTheApplicationFormsAndACsv() {
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/exports/" + county + "?format=xlsx", "inspector");
        HttpResponse<String> csv = api.get("/api/v1/exports/" + county + "?format=csv", "planner");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K');
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("school_code,school_name,segment");
    }

    @Test
    void listsRegionsAsATreeAndFiltersSchools() {
        JsonNode tree = Api.json(api.get("/api/v1/regions", "inspector"));
        JsonNode rural = Api.json(api.get("/api/v1/schools?county=" + county + "&location=RURAL", "inspector"));
        JsonNode failing = Api.json(api.get("/api/v1/schools?compliant=false", "inspector"));

        assertThat(tree.get(0).get("level").asString()).isEqualTo("PROVINCE");
        assertThat(tree.get(0).get("children").get(0).get("children")).hasSize(8);
        assertThat(rural).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("location").asString()).isEqualTo("RURAL");
            assertThat(s.get("countyCode").asString()).isEqualTo(county);
        });
        assertThat(failing)
                .isNotEmpty()
                .allSatisfy(
                        s -> assertThat(s.get("compliantBySegment").toString()).contains("false"));
    }
}
