package org.edubalance.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BoundaryDocumentTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SQUARE = "[[[117.0, 39.0], [117.5, 39.0], [117.5, 39.5], [117.0, 39.0]]]";

    @Test
    void wrapsABarePolygonIntoANamedFeatureCollection() {
        String doc = normalized("{\"type\": \"Polygon\", \"coordinates\": " + SQUARE + "}");

        var root = JSON.readTree(doc);
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.get("features").get(0).get("properties").get("name").asString())
                .isEqualTo("示范县");
        assertThat(root.get("features").get(0).get("geometry").get("type").asString())
                .isEqualTo("Polygon");
    }

    @Test
    void keepsTheFeaturesNamesOfACollection() {
        String doc = normalized("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                + " \"properties\": {\"name\": \"城关镇\"}, \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": ["
                + SQUARE + "]}}]}");

        assertThat(doc).contains("城关镇").doesNotContain("示范县");
    }

    @Test
    void refusesWhatIsNotAUsableBoundary() {
        assertProblem("not json", "boundary.notJson");
        assertProblem("{\"type\": \"Point\", \"coordinates\": [117, 39]}", "boundary.notGeoJson");
        assertProblem("{\"type\": \"FeatureCollection\", \"features\": []}", "boundary.notGeoJson");
        assertProblem(
                "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": []}}",
                "boundary.badGeometry");
        assertProblem(
                "{\"type\": \"Polygon\", \"coordinates\": [[[500, 39], [117, 39], [117, 40]]]}",
                "boundary.badGeometry");
        assertProblem("{\"type\": \"Polygon\", \"coordinates\": [[\"a\"]]}", "boundary.badGeometry");
    }

    @Test
    void refusesAFileOverTheSizeBound() {
        byte[] big = new byte[(int) BoundaryDocument.MAX_BYTES + 1];

        assertThatThrownBy(() -> BoundaryDocument.normalized(big, "示范县", JSON))
                .isInstanceOfSatisfying(
                        InvalidBoundaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("boundary.tooLarge"));
    }

    private static String normalized(String json) {
        return BoundaryDocument.normalized(json.getBytes(StandardCharsets.UTF_8), "示范县", JSON);
    }

    private static void assertProblem(String json, String key) {
        assertThatThrownBy(() -> normalized(json))
                .as(json)
                .isInstanceOfSatisfying(
                        InvalidBoundaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
