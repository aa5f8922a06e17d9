package org.edubalance.app.rotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rotation page's chart documents, read by {@code charts.js}: the county CVs before and after per segment and
 * indicator, and the moves as lines between the schools on the map.
 */
@Component
final class RotationCharts {
    private final SchoolYears schoolYears;
    private final MessageSource messages;
    private final JsonMapper json;

    RotationCharts(SchoolYears schoolYears, MessageSource messages, JsonMapper json) {
        this.schoolYears = schoolYears;
        this.messages = messages;
        this.json = json;
    }

    /** One bar pair per segment and indicator: the CV before and after the plan. */
    String cvComparison(RotationPlanDocument result, Locale locale) {
        List<String> categories = new ArrayList<>();
        List<@Nullable Double> before = new ArrayList<>();
        List<@Nullable Double> after = new ArrayList<>();
        for (RotationPlanDocument.CvLine line : result.cvs()) {
            categories.add(messages.getMessage("segment." + line.segment().name(), null, locale) + " · "
                    + messages.getMessage("rotation.indicator." + line.indicator(), null, line.indicator(), locale));
            before.add(line.before());
            after.add(line.after());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "cvCompare");
        doc.put("categories", categories);
        doc.put("before", before);
        doc.put("after", after);
        return json.writeValueAsString(doc);
    }

    /** The county's schools as points and the moves between them as lines, one per pair of schools with a count. */
    String moves(RegionCode county, int year, RotationPlanDocument result) {
        Map<String, SchoolYear> byCode = new LinkedHashMap<>();
        schoolYears.ofYear(year, county).forEach(s -> byCode.put(s.code().value(), s));
        List<Map<String, Object>> points = new ArrayList<>();
        byCode.values().forEach(s -> {
            GeoPoint p = s.position();
            if (p != null) {
                points.add(Map.of(
                        "name", s.name(), "code", s.code().value(), "value", List.of(p.longitude(), p.latitude())));
            }
        });
        Map<List<String>, Integer> countByPair = new LinkedHashMap<>();
        result.moves().forEach(m -> countByPair.merge(List.of(m.fromSchool(), m.toSchool()), 1, Integer::sum));
        List<Map<String, Object>> lines = new ArrayList<>();
        countByPair.forEach((pair, count) -> {
            SchoolYear from = byCode.get(pair.get(0));
            SchoolYear to = byCode.get(pair.get(1));
            if (from != null && to != null && from.position() != null && to.position() != null) {
                lines.add(Map.of(
                        "name",
                        from.name() + " → " + to.name() + " (" + count + ")",
                        "count",
                        count,
                        "coords",
                        List.of(lonLat(from.position()), lonLat(to.position()))));
            }
        });
        return json.writeValueAsString(Map.of("kind", "moves", "points", points, "lines", lines));
    }

    /** The names of the county's schools by code. */
    Map<String, String> schoolNames(RegionCode county, int year) {
        Map<String, String> names = new LinkedHashMap<>();
        schoolYears.ofYear(year, county).forEach(s -> names.put(s.code().value(), s.name()));
        return names;
    }

    private static List<Double> lonLat(GeoPoint p) {
        return List.of(p.longitude(), p.latitude());
    }
}
