package org.edubalance.app.zoning;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.json.JsonReader;

/**
 * The blocks' polygons of a GeoJSON the {@code BlockPolygonReader} accepted, for drawing: per block id its polygons,
 * each a list of rings (the shell first, then holes), each a list of [longitude, latitude] positions. The file was
 * checked at upload, so this reads without locating errors.
 */
final class BlockShapes {
    private BlockShapes() {}

    /** The polygons of the GeoJSON {@code content}, by block id in feature order. */
    static Map<String, List<List<List<double[]>>>> read(byte[] content) {
        Map<String, List<List<List<double[]>>>> shapes = new LinkedHashMap<>();
        Object document = JsonReader.parse(new String(content, StandardCharsets.UTF_8));
        if (!(document instanceof Map<?, ?> collection) || !(collection.get("features") instanceof List<?> features)) {
            return shapes;
        }
        for (Object feature : features) {
            if (!(feature instanceof Map<?, ?> f)
                    || !(f.get("properties") instanceof Map<?, ?> properties)
                    || !(f.get("geometry") instanceof Map<?, ?> geometry)) {
                continue;
            }
            Object id = properties.get("block_id");
            if (id == null) {
                continue;
            }
            String blockId = id instanceof BigDecimal d
                    ? d.toPlainString()
                    : id.toString().strip();
            Object coordinates = geometry.get("coordinates");
            List<List<List<double[]>>> polygons = new ArrayList<>();
            if ("Polygon".equals(geometry.get("type"))) {
                polygons.add(polygon(coordinates));
            } else if ("MultiPolygon".equals(geometry.get("type")) && coordinates instanceof List<?> parts) {
                parts.forEach(part -> polygons.add(polygon(part)));
            }
            shapes.put(blockId, polygons);
        }
        return shapes;
    }

    private static List<List<double[]>> polygon(Object rings) {
        List<List<double[]>> polygon = new ArrayList<>();
        if (rings instanceof List<?> list) {
            for (Object ring : list) {
                List<double[]> points = new ArrayList<>();
                if (ring instanceof List<?> positions) {
                    for (Object position : positions) {
                        if (position instanceof List<?> p && p.size() >= 2) {
                            points.add(
                                    new double[] {((Number) p.get(0)).doubleValue(), ((Number) p.get(1)).doubleValue()
                                    });
                        }
                    }
                }
                polygon.add(points);
            }
        }
        return polygon;
    }
}
