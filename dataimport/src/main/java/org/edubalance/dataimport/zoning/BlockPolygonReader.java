package org.edubalance.dataimport.zoning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.json.JsonReader;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Reads a GeoJSON FeatureCollection of block polygons (docs/planning/zoning.md §1.4): each feature a {@code Polygon} or
 * {@code MultiPolygon} in WGS84 degrees ([longitude, latitude]) with the properties {@code block_id} and optionally
 * {@code block_name}. Computes each block's centroid (planar, in degrees: blocks span a few hundred metres, where the
 * difference from the spherical centroid is far below a block's size) and the blocks that touch: those whose
 * boundaries share a line segment — the DE-9IM boundary–boundary intersection has dimension 1 (JTS's RelateNG). Blocks meeting at a
 * corner only do not touch; coordinates are compared exactly, without snapping. Candidate pairs come from an STRtree
 * of the polygons' envelopes, so a city of 10,000 blocks compares each block with its few neighbours only.
 *
 * <p>Errors are located by feature: row n is the n-th feature (1 for the first), the column names the JSON path
 * ({@code features[i].geometry}, 0-based as in the file), the value the block id. A file that is not JSON or not a
 * FeatureCollection is {@link ImportIssueCode#IMP_004}; bad geometry {@link ImportIssueCode#IMP_206}; a missing or
 * repeated {@code block_id} {@link ImportIssueCode#IMP_207}.
 */
public final class BlockPolygonReader {
    private static final String BOUNDARIES_SHARE_A_LINE = "****1****";

    private final GeometryFactory geometry = new GeometryFactory();

    /**
     * Reads the polygons of {@code file}.
     *
     * @throws ImportRejectedException with every error of the file when there is one
     */
    public BlockPolygons read(Path file) {
        var issues = ImportReport.builder();
        ImportSource source = ImportSource.of(file);
        List<?> features = features(file, source, issues);
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Geometry> shapes = new ArrayList<>();
        Map<String, Integer> firstFeature = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Feature feature = new Feature(source, i, issues);
            if (!(features.get(i) instanceof Map<?, ?> map)) {
                feature.error("", null, ImportIssueCode.IMP_206, "A feature is a JSON object.");
                continue;
            }
            String id = feature.id(map.get("properties"));
            Geometry shape = feature.shape(map.get("geometry"), id);
            if (id == null || shape == null) {
                continue;
            }
            Integer first = firstFeature.putIfAbsent(id, i);
            if (first != null) {
                feature.error(
                        ".properties.block_id",
                        id,
                        ImportIssueCode.IMP_207,
                        "Block '" + id + "' already has a polygon in features[" + first + "]. Maybe merge the two"
                                + " into one MultiPolygon.");
                continue;
            }
            if (map.get("properties") instanceof Map<?, ?> p && p.get("block_name") instanceof String name) {
                names.put(id, name);
            }
            ids.add(id);
            shapes.add(shape);
        }
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Point c = shapes.get(i).getCentroid();
            centroids.put(ids.get(i), new GeoPoint(c.getY(), c.getX()));
        }
        return new BlockPolygons(ids, names, centroids, touching(ids, shapes));
    }

    private static BlockAdjacency touching(List<String> ids, List<Geometry> shapes) {
        var tree = new STRtree();
        for (int i = 0; i < shapes.size(); i++) {
            tree.insert(shapes.get(i).getEnvelopeInternal(), i);
        }
        List<BlockAdjacency.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Geometry shape = shapes.get(i);
            // Prepared once per block: its edges are indexed for the few candidates, not rebuilt for each.
            RelateNG prepared = RelateNG.prepare(shape);
            for (Object candidate : tree.query(shape.getEnvelopeInternal())) {
                int j = (Integer) candidate;
                if (j > i
                        && !meetAtAPointAtMost(shape, shapes.get(j))
                        && prepared.evaluate(shapes.get(j), BOUNDARIES_SHARE_A_LINE)) {
                    pairs.add(new BlockAdjacency.Pair(ids.get(i), ids.get(j)));
                }
            }
        }
        return BlockAdjacency.of(pairs);
    }

    /** Whether the envelopes meet in a single point: then the boundaries share no segment (half a grid's candidates). */
    private static boolean meetAtAPointAtMost(Geometry a, Geometry b) {
        var common = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
        return common.isNull() || (common.getWidth() == 0 && common.getHeight() == 0);
    }

    private static List<?> features(Path file, ImportSource source, ImportReport.Builder issues) {
        Object document;
        try {
            document = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            issues.add(source.unreadable(e));
            throw new ImportRejectedException(issues.build());
        } catch (IllegalArgumentException e) {
            issues.add(source.fileIssue(
                    ImportIssueCode.IMP_004,
                    "'" + source.file() + "' is not JSON: " + e.getMessage() + ". Maybe export it again as GeoJSON."));
            throw new ImportRejectedException(issues.build());
        }
        if (document instanceof Map<?, ?> map
                && "FeatureCollection".equals(map.get("type"))
                && map.get("features") instanceof List<?> features) {
            return features;
        }
        issues.add(source.fileIssue(
                ImportIssueCode.IMP_004,
                "'" + source.file() + "' is not a GeoJSON FeatureCollection with a 'features' array. Maybe export the"
                        + " block layer as GeoJSON, one feature per block."));
        throw new ImportRejectedException(issues.build());
    }

    /** One feature being read, and where its issues are located. */
    private final class Feature {
        private final ImportSource source;
        private final int index;
        private final ImportReport.Builder issues;
        private boolean failed;

        Feature(ImportSource source, int index, ImportReport.Builder issues) {
            this.source = source;
            this.index = index;
            this.issues = issues;
        }

        void error(String path, @Nullable String value, ImportIssueCode code, String message) {
            failed = true;
            issues.add(source.issue(index + 1, "features[" + index + "]" + path, value, code, message));
        }

        @Nullable
        String id(@Nullable Object properties) {
            Object id = properties instanceof Map<?, ?> p ? p.get("block_id") : null;
            String text = switch (id) {
                case String s -> s.strip();
                case BigDecimal d -> d.toPlainString();
                case null, default -> "";
            };
            if (text.isEmpty()) {
                error(
                        ".properties.block_id",
                        id == null ? null : String.valueOf(id),
                        ImportIssueCode.IMP_207,
                        "The feature has no block_id. Maybe the property is named otherwise; each polygon names its"
                                + " block in properties.block_id.");
                return null;
            }
            return text;
        }

        @Nullable
        Geometry shape(@Nullable Object geometryObject, @Nullable String id) {
            if (!(geometryObject instanceof Map<?, ?> g)) {
                error(".geometry", id, ImportIssueCode.IMP_206, "The feature has no geometry object.");
                return null;
            }
            Object type = g.get("type");
            Object coordinates = g.get("coordinates");
            Geometry shape;
            try {
                if ("Polygon".equals(type)) {
                    shape = polygon(coordinates);
                } else if ("MultiPolygon".equals(type)) {
                    List<Polygon> parts = new ArrayList<>();
                    for (Object part : list(coordinates, "a MultiPolygon's coordinates are a list of polygons")) {
                        parts.add(polygon(part));
                    }
                    shape = geometry.createMultiPolygon(parts.toArray(Polygon[]::new));
                } else {
                    error(
                            ".geometry.type",
                            id,
                            ImportIssueCode.IMP_206,
                            "The geometry is a " + type + "; a block is a Polygon or a MultiPolygon.");
                    return null;
                }
            } catch (IllegalArgumentException e) {
                error(".geometry", id, ImportIssueCode.IMP_206, e.getMessage());
                return null;
            }
            var validity = new IsValidOp(shape).getValidationError();
            if (validity != null) {
                error(
                        ".geometry",
                        id,
                        ImportIssueCode.IMP_206,
                        "The polygon is not valid: " + validity.getMessage() + " near " + validity.getCoordinate()
                                + ". Maybe repair it in the GIS (e.g. 'fix geometries').");
                return null;
            }
            return failed ? null : shape;
        }

        private Polygon polygon(@Nullable Object rings) {
            List<?> list = list(rings, "a polygon's coordinates are a list of rings");
            if (list.isEmpty()) {
                throw new IllegalArgumentException("The polygon has no ring.");
            }
            LinearRing shell = ring(list.getFirst());
            LinearRing[] holes = new LinearRing[list.size() - 1];
            for (int r = 1; r < list.size(); r++) {
                holes[r - 1] = ring(list.get(r));
            }
            return geometry.createPolygon(shell, holes);
        }

        private LinearRing ring(Object points) {
            List<?> list = list(points, "a ring is a list of [longitude, latitude] positions");
            Coordinate[] coordinates = new Coordinate[list.size()];
            for (int p = 0; p < list.size(); p++) {
                List<?> position = list(list.get(p), "a position is [longitude, latitude]");
                if (position.size() < 2
                        || !(position.get(0) instanceof BigDecimal lon)
                        || !(position.get(1) instanceof BigDecimal lat)) {
                    throw new IllegalArgumentException(
                            "A position is [longitude, latitude] in degrees, got " + position + ".");
                }
                double x = lon.doubleValue();
                double y = lat.doubleValue();
                if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) {
                    throw new IllegalArgumentException("Position " + position + " is not [longitude, latitude] in"
                            + " WGS84 degrees. Maybe the layer is in a projected system; export it in EPSG:4326.");
                }
                coordinates[p] = new Coordinate(x, y);
            }
            if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                throw new IllegalArgumentException("A ring is closed (its last position repeats the first) and has at"
                        + " least 4 positions, got " + coordinates.length + ".");
            }
            return geometry.createLinearRing(coordinates);
        }

        private static List<?> list(@Nullable Object value, String what) {
            if (value instanceof List<?> l) {
                return l;
            }
            throw new IllegalArgumentException("Expected " + what + ", got " + value + ".");
        }
    }
}
