package org.edubalance.app.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.junit.jupiter.api.Test;

/** The zoning map: Voronoi cells of the block points or the blocks' polygons, coloured by zone, text escaped. */
class ZoningMapTest {
    private static final Pattern PATH =
            Pattern.compile("<path d=\"(M[^\"]+)\" fill=\"(#[0-9a-f]{6})\"[^>]*data-block=\"([^\"]+)\"");

    private static Block block(String id, String name, double lat, double lon) {
        return new Block(id, name, new GeoPoint(lat, lon), Collections.nCopies(13, 1));
    }

    @Test
    void aCrowdedMapWritesOnlyTheLabelsOfSchoolsOverTheirSeatsAndNamesEveryOneOnHover() {
        List<Block> blocks = new java.util.ArrayList<>();
        List<ZoningMap.Marker> markers = new java.util.ArrayList<>();
        for (int i = 0; i <= ZoningMap.MAX_LABELS; i++) {
            blocks.add(block("B" + i, "B" + i, 36.0 + i * 0.01, 120.0 + (i % 4) * 0.01));
            markers.add(new ZoningMap.Marker(
                    "S" + i, "school " + i + " 70/60", new GeoPoint(36.0 + i * 0.01, 120.0), i == 3));
        }

        String crowded = new ZoningMap().draw(blocks, Map.of(), Map.of(), markers);
        String few = new ZoningMap().draw(blocks, Map.of(), Map.of(), markers.subList(0, ZoningMap.MAX_LABELS));

        assertThat(count(crowded, "<text")).isEqualTo(1);
        assertThat(crowded).contains(">school 3 70/60</text>").contains("<title>school 7 70/60</title>");
        assertThat(count(few, "<text")).isEqualTo(ZoningMap.MAX_LABELS);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void eachBlockGetsItsVoronoiCellInItsZonesColourAndNamesAreEscaped() {
        List<Block> blocks = List.of(
                block("B1", "<东>&园", 36.00, 120.00),
                block("B2", "B2", 36.00, 120.01),
                block("B3", "B3", 35.99, 120.00),
                block("B4", "B4", 35.99, 120.01));
        String svg = new ZoningMap()
                .draw(
                        blocks,
                        Map.of(),
                        Map.of("B1", "ZA", "B2", "ZA", "B3", "ZB"),
                        List.of(new ZoningMap.Marker("S<1>", "一小 70/60", new GeoPoint(36.0, 120.0), true)));
        var paths = PATH.matcher(svg).results().toList();
        assertThat(paths).extracting(m -> m.group(3)).containsExactlyInAnyOrder("B1", "B2", "B3", "B4");
        String b1 = colour(paths, "B1");
        assertThat(colour(paths, "B2")).as("one zone, one colour").isEqualTo(b1);
        assertThat(colour(paths, "B3")).isNotEqualTo(b1);
        assertThat(colour(paths, "B4")).as("a block in no zone is grey").isEqualTo("#d9d9d9");
        assertThat(svg)
                .contains("<title>&lt;东&gt;&amp;园 · ZA</title>", "data-school=\"S&lt;1&gt;\"", "fill=\"#d62728\"")
                .doesNotContain("<东>");
        // Four points in a square: each cell is a quarter of the (widened) hull, no two cells alike.
        assertThat(paths).extracting(m -> m.group(1)).doesNotHaveDuplicates();
    }

    @Test
    void polygonsAreDrawnFromTheGeoJson() {
        String geojson = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"block_id\":7},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[120,36],[120.01,36],[120.01,36.01],[120,36.01],[120,36]]]}}]}";
        var shapes = BlockShapes.read(geojson.getBytes(StandardCharsets.UTF_8));
        assertThat(shapes).containsOnlyKeys("7");
        String svg =
                new ZoningMap().draw(List.of(block("7", "七", 36.005, 120.005)), shapes, Map.of("7", "Z"), List.of());
        var paths = PATH.matcher(svg).results().toList();
        assertThat(paths).hasSize(1);
        assertThat(paths.getFirst().group(1))
                .as("five positions of the ring, closed")
                .matches("M[^M]*(L[^L]*){4}Z");
    }

    private static String colour(List<java.util.regex.MatchResult> paths, String block) {
        return paths.stream()
                .filter(m -> m.group(3).equals(block))
                .findFirst()
                .orElseThrow()
                .group(2);
    }
}
