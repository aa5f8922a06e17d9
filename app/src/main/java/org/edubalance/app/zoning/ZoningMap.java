package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.zoning.Block;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The zoning page's map as inline SVG drawn on the server: each block filled with its zone's colour — its polygon when
 * the study has a GeoJSON, else its Voronoi cell around the block's point, clipped to the blocks' convex hull widened
 * by a margin — and each school marked with its load against its seats, red when over. Positions are projected
 * equirectangularly around the county's mean latitude, which is exact enough at a county's scale. Every text is
 * escaped here: the SVG is inserted into the page unescaped.
 */
final class ZoningMap {
    static final int WIDTH = 640;
    private static final double PAD = 12;
    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#86bcb6", "#d4a6c8",
        "#8cd17d", "#a0cbe8", "#f1ce63", "#bab0ac", "#e15759", "#79706e"
    };
    private static final String GREY = "#d9d9d9";
    /** Beyond this many schools the labels overlap at the map's width: only those over their seats keep one. */
    static final int MAX_LABELS = 15;

    private final GeometryFactory geometry = new GeometryFactory();

    /**
     * A school's marker.
     *
     * @param code the school's code
     * @param label what is written beside it (name, load / seats)
     * @param position where it is drawn
     * @param over whether its load exceeds its seats
     */
    record Marker(String code, String label, GeoPoint position, boolean over) {}

    /**
     * The SVG of {@code blocks} coloured by {@code keyOfBlock} (a zone or a school; a block without key is grey), the
     * polygons of {@code shapes} when given, and the schools' {@code markers}.
     */
    String draw(
            List<Block> blocks,
            Map<String, List<List<List<double[]>>>> shapes,
            Map<String, String> keyOfBlock,
            List<Marker> markers) {
        Projection p = Projection.of(blocks, shapes);
        Map<String, String> colour = colours(keyOfBlock);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %.0f\" class=\"zoning-map\" role=\"img\">",
                WIDTH,
                p.height()));
        Map<String, String> paths = shapes.isEmpty() ? voronoi(blocks, p) : polygons(shapes, p);
        for (Block b : blocks) {
            String d = paths.get(b.id());
            if (d == null) {
                continue;
            }
            String key = keyOfBlock.get(b.id());
            svg.append("<path d=\"")
                    .append(d)
                    .append("\" fill=\"")
                    .append(key == null ? GREY : colour.get(key))
                    .append("\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"0.8\" data-block=\"")
                    .append(escape(b.id()))
                    .append("\"><title>")
                    .append(escape(b.name()))
                    .append(key == null ? "" : " · " + escape(key))
                    .append("</title></path>");
        }
        // Every marker names its school on hover; written labels only where they stay readable: all of them on a
        // small map, and on a crowded one only the schools over their seats, which are what the reader looks for.
        boolean crowded = markers.size() > MAX_LABELS;
        for (Marker m : markers) {
            double[] xy = p.xy(m.position().longitude(), m.position().latitude());
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#000000\" data-school=\"%s\">"
                            + "<title>%s</title></circle>",
                    xy[0],
                    xy[1],
                    m.over() ? "#d62728" : "#ffffff",
                    escape(m.code()),
                    escape(m.label())));
            if (crowded && !m.over()) {
                continue;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>",
                    xy[0] + 7,
                    xy[1] + 3,
                    m.over() ? "#d62728" : "#000000",
                    escape(m.label())));
        }
        return svg.append("</svg>").toString();
    }

    private static Map<String, String> colours(Map<String, String> keyOfBlock) {
        Map<String, String> colour = new HashMap<>();
        int i = 0;
        for (String key : new TreeSet<>(keyOfBlock.values())) {
            colour.put(key, PALETTE[i++ % PALETTE.length]);
        }
        return colour;
    }

    private static Map<String, String> polygons(Map<String, List<List<List<double[]>>>> shapes, Projection p) {
        Map<String, String> paths = new HashMap<>();
        shapes.forEach((id, polygons) -> {
            StringBuilder d = new StringBuilder();
            for (List<List<double[]>> polygon : polygons) {
                for (List<double[]> ring : polygon) {
                    for (int i = 0; i < ring.size(); i++) {
                        double[] xy = p.xy(ring.get(i)[0], ring.get(i)[1]);
                        d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", xy[0], xy[1]));
                    }
                    d.append('Z');
                }
            }
            paths.put(id, d.toString());
        });
        return paths;
    }

    /** Each block's Voronoi cell; blocks at one point share the cell of that point. */
    private Map<String, String> voronoi(List<Block> blocks, Projection p) {
        Map<Coordinate, List<String>> atPoint = new HashMap<>();
        for (Block b : blocks) {
            if (b.position() != null) {
                double[] xy = p.xy(b.position().longitude(), b.position().latitude());
                atPoint.computeIfAbsent(new Coordinate(xy[0], xy[1]), c -> new ArrayList<>())
                        .add(b.id());
            }
        }
        Map<String, String> paths = new HashMap<>();
        if (atPoint.isEmpty()) {
            return paths;
        }
        if (atPoint.size() < 3) {
            atPoint.forEach((c, ids) -> ids.forEach(id -> paths.put(id, square(c))));
            return paths;
        }
        Geometry points = geometry.createMultiPointFromCoords(atPoint.keySet().toArray(Coordinate[]::new));
        Geometry hull = points.convexHull().buffer(PAD * 2);
        var builder = new VoronoiDiagramBuilder();
        builder.setSites(atPoint.keySet());
        Envelope clip = new Envelope(hull.getEnvelopeInternal());
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(geometry);
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            List<String> ids = cell.getUserData() instanceof Coordinate c ? atPoint.get(c) : null;
            if (ids != null) {
                String d = path(cell.intersection(hull));
                ids.forEach(id -> paths.put(id, d));
            }
        }
        return paths;
    }

    private static String square(Coordinate c) {
        return String.format(Locale.ROOT, "M%.1f %.1fh20v20h-20Z", c.x - 10, c.y - 10);
    }

    private static String path(Geometry g) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon polygon) {
                ring(d, polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(d, polygon.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return d.toString();
    }

    private static void ring(StringBuilder d, Coordinate[] coordinates) {
        for (int i = 0; i < coordinates.length; i++) {
            d.append(i == 0 ? "M" : "L")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", coordinates[i].x, coordinates[i].y));
        }
        d.append('Z');
    }

    /** Text for SVG: the five characters XML gives meaning to, escaped. */
    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Longitude and latitude to the map's x and y: equirectangular around the mean latitude, north up. */
    private record Projection(double minLon, double maxLat, double kx, double scale, double height) {
        static Projection of(List<Block> blocks, Map<String, List<List<List<double[]>>>> shapes) {
            List<double[]> all = new ArrayList<>();
            blocks.stream()
                    .filter(b -> b.position() != null)
                    .forEach(b -> all.add(
                            new double[] {b.position().longitude(), b.position().latitude()}));
            shapes.values().forEach(ps -> ps.forEach(rings -> rings.forEach(all::addAll)));
            double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
            double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
            for (double[] c : all) {
                minLon = Math.min(minLon, c[0]);
                maxLon = Math.max(maxLon, c[0]);
                minLat = Math.min(minLat, c[1]);
                maxLat = Math.max(maxLat, c[1]);
            }
            if (all.isEmpty()) {
                return new Projection(0, 0, 1, 1, 100);
            }
            double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double w = Math.max((maxLon - minLon) * kx, 1e-9);
            double h = Math.max(maxLat - minLat, 1e-9);
            double scale = (WIDTH - 2 * PAD) / Math.max(w, h);
            return new Projection(minLon, maxLat, kx, scale, h * scale + 2 * PAD);
        }

        double[] xy(double lon, double lat) {
            return new double[] {PAD + (lon - minLon) * kx * scale, PAD + (maxLat - lat) * scale};
        }
    }
}
