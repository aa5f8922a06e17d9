package org.edubalance.app.dashboard;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks an uploaded county boundary and brings it to the one shape ECharts' {@code registerMap} draws: a
 * FeatureCollection of Polygon and MultiPolygon features, each with a {@code properties.name}. A bare geometry or a
 * single Feature is wrapped. Positions must be WGS84 longitude/latitude, as the schools' positions are.
 */
final class BoundaryDocument {
    /** A county outline with township boundaries is well under a megabyte; five leave room for detailed ones. */
    static final long MAX_BYTES = 5L << 20;

    private BoundaryDocument() {}

    /**
     * The normalised document.
     *
     * @throws InvalidBoundaryException when it is too large, not JSON, not GeoJSON or has positions out of range
     */
    static String normalized(byte[] content, String countyName, JsonMapper json) {
        if (content.length > MAX_BYTES) {
            throw new InvalidBoundaryException("boundary.tooLarge", content.length + " bytes");
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidBoundaryException("boundary.notJson", e.getOriginalMessage());
        }
        ArrayNode features = json.createArrayNode();
        switch (type(root)) {
            case "FeatureCollection" -> {
                JsonNode list = root.get("features");
                if (list == null || !list.isArray() || list.isEmpty()) {
                    throw new InvalidBoundaryException("boundary.notGeoJson", "no features");
                }
                for (JsonNode feature : list) {
                    features.add(feature(feature, countyName, json));
                }
            }
            case "Feature" -> features.add(feature(root, countyName, json));
            case "Polygon", "MultiPolygon" -> {
                ObjectNode feature = json.createObjectNode();
                feature.put("type", "Feature");
                feature.set("geometry", root);
                features.add(feature(feature, countyName, json));
            }
            default -> throw new InvalidBoundaryException("boundary.notGeoJson", "type " + type(root));
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return json.writeValueAsString(collection);
    }

    private static String type(JsonNode node) {
        JsonNode type = node.get("type");
        return type != null && type.isString() ? type.asString() : "";
    }

    private static ObjectNode feature(JsonNode feature, String countyName, JsonMapper json) {
        JsonNode geometry = feature.get("geometry");
        if (!"Feature".equals(type(feature)) || geometry == null) {
            throw new InvalidBoundaryException("boundary.notGeoJson", "a feature without geometry");
        }
        String type = type(geometry);
        int depth = switch (type) {
            case "Polygon" -> 3;
            case "MultiPolygon" -> 4;
            default -> throw new InvalidBoundaryException("boundary.badGeometry", "geometry " + type);
        };
        checkPositions(geometry.get("coordinates"), depth);
        ObjectNode properties = json.createObjectNode();
        JsonNode given = feature.get("properties");
        if (given != null && given.isObject()) {
            properties.setAll((ObjectNode) given);
        }
        if (!properties.has("name") || !properties.get("name").isString()) {
            properties.put("name", countyName);
        }
        ObjectNode out = json.createObjectNode();
        out.put("type", "Feature");
        out.set("properties", properties);
        out.set("geometry", geometry);
        return out;
    }

    /** Arrays nested {@code depth} deep whose innermost arrays are [longitude, latitude(, altitude)]. */
    private static void checkPositions(JsonNode node, int depth) {
        if (node == null || !node.isArray()) {
            throw new InvalidBoundaryException("boundary.badGeometry", "coordinates are not arrays");
        }
        if (depth == 1) {
            if (node.size() < 2
                    || !node.get(0).isNumber()
                    || !node.get(1).isNumber()
                    || Math.abs(node.get(0).doubleValue()) > 180
                    || Math.abs(node.get(1).doubleValue()) > 90) {
                throw new InvalidBoundaryException("boundary.badGeometry", "position " + node);
            }
            return;
        }
        for (JsonNode child : node) {
            checkPositions(child, depth - 1);
        }
    }
}
