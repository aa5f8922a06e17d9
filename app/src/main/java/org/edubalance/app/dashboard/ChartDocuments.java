package org.edubalance.app.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents the dashboard's charts draw ({@code static/js/charts.js} reads them). Undefined numbers (NaN)
 * become {@code null}: JSON has no NaN, and ECharts leaves a null bar out.
 */
@Component
final class ChartDocuments {
    private final JsonMapper json;

    ChartDocuments(JsonMapper json) {
        this.json = json;
    }

    /** Each indicator's CV against its limit (the composite limit under a composite pack). */
    String cvChart(Standard standard, SegmentEvaluation stats, Locale locale) {
        List<String> names = new ArrayList<>();
        List<@Nullable Double> cvs = new ArrayList<>();
        // Per-indicator packs test each CV against the segment's limit; composite packs test the CVs' mean against it.
        double limit = standard.cv().limit(stats.segment());
        for (IndicatorStatistic s : stats.indicators()) {
            names.add(name(standard, s.indicatorId(), locale));
            cvs.add(finite(s.cv()));
        }
        Map<String, @Nullable Object> doc = new LinkedHashMap<>();
        doc.put("kind", "cv");
        doc.put("indicators", names);
        doc.put("cv", cvs);
        doc.put("limit", limit);
        doc.put("composite", stats.compositeLimit() == null ? null : finite(stats.compositeCv()));
        return json.writeValueAsString(doc);
    }

    /** Each indicator's CV per year, oldest year first, with the segment's limit. */
    String trend(Standard standard, Segment segment, Map<Integer, double[]> cvsByYear, Locale locale) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int k = 0; k < standard.indicators().size(); k++) {
            List<@Nullable Double> data = new ArrayList<>();
            for (double[] cvs : cvsByYear.values()) {
                data.add(k < cvs.length ? finite(cvs[k]) : null);
            }
            series.add(Map.of("name", standard.indicators().get(k).name().in(locale), "data", data));
        }
        Map<String, @Nullable Object> doc = new LinkedHashMap<>();
        doc.put("kind", "trend");
        doc.put("years", List.copyOf(cvsByYear.keySet()));
        doc.put("series", series);
        doc.put("limit", standard.cv().limit(segment));
        return json.writeValueAsString(doc);
    }

    /** The schools with a position: name, code, [longitude, latitude] and compliance (true, false or null). */
    String map(List<SchoolEvaluation> schools) {
        Map<String, Map<String, @Nullable Object>> byCode = new LinkedHashMap<>();
        for (SchoolEvaluation s : schools) {
            GeoPoint p = s.school().position();
            if (p == null) {
                continue;
            }
            Map<String, @Nullable Object> point =
                    byCode.computeIfAbsent(s.school().code().value(), code -> {
                        Map<String, @Nullable Object> m = new LinkedHashMap<>();
                        m.put("code", code);
                        m.put("name", s.school().name());
                        m.put("value", List.of(p.longitude(), p.latitude()));
                        m.put("compliant", null);
                        return m;
                    });
            // A school complies when every judged segment does; one failing segment makes it fail.
            Boolean segment = s.compliant();
            Object sofar = point.get("compliant");
            if (segment != null && !Boolean.FALSE.equals(sofar)) {
                point.put("compliant", segment);
            }
        }
        return json.writeValueAsString(Map.of("kind", "map", "points", byCode.values()));
    }

    private static String name(Standard standard, String indicatorId, Locale locale) {
        return standard.indicator(indicatorId)
                .map(IndicatorDefinition::name)
                .map(n -> n.in(locale))
                .orElse(indicatorId);
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
