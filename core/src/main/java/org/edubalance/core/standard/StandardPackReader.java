package org.edubalance.core.standard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Turns a merged pack document (maps and lists from {@link PackDocument}) into a {@link Standard}, naming the
 * key path of any missing, mistyped or unknown value.
 */
final class StandardPackReader {
    private final PackValues values;

    StandardPackReader(String origin) {
        this.values = new PackValues(origin);
    }

    Standard read(Map<String, @Nullable Object> pack) {
        values.rejectUnknownKeys(
                pack,
                "",
                Set.of(
                        "id",
                        "version",
                        "title",
                        "source",
                        "extends",
                        "scope",
                        "split",
                        "indicators",
                        "schoolRule",
                        "cv",
                        "items",
                        "notes"));
        return new Standard(
                values.text(pack, "id", "id"),
                values.text(pack, "version", "version"),
                values.localized(pack, "title", "title"),
                values.text(pack, "source", "source"),
                values.optionalText(pack, "extends"),
                scope(values.object(pack, "scope", "scope")),
                split(values.object(pack, "split", "split")),
                indicators(values.list(pack, "indicators", "indicators")),
                schoolRule(pack.get("schoolRule")),
                cv(values.object(pack, "cv", "cv")),
                items(pack.containsKey("items") ? values.list(pack, "items", "items") : List.of()));
    }

    private Scope scope(Map<String, @Nullable Object> scope) {
        values.rejectUnknownKeys(
                scope, "scope.", Set.of("excludeSchoolTypes", "minStudentsForTeachingPoint", "includePrivate"));
        Set<SchoolType> excluded = EnumSet.noneOf(SchoolType.class);
        List<@Nullable Object> types = values.list(scope, "excludeSchoolTypes", "scope.excludeSchoolTypes");
        for (int i = 0; i < types.size(); i++) {
            excluded.add(values.enumValue(SchoolType.class, types.get(i), "scope.excludeSchoolTypes[" + i + "]"));
        }
        double min = values.number(scope, "minStudentsForTeachingPoint", "scope.minStudentsForTeachingPoint");
        if (min < 0 || min != Math.rint(min)) {
            throw values.error("scope.minStudentsForTeachingPoint", "must be a whole number ≥ 0, got " + min);
        }
        return new Scope(excluded, (int) min, values.bool(scope, "includePrivate", "scope.includePrivate"));
    }

    private SplitWeights split(Map<String, @Nullable Object> split) {
        String[] keys = {
            "primary", "junior", "seniorInTwelveYear", "juniorInCompleteSecondary", "seniorInCompleteSecondary"
        };
        values.rejectUnknownKeys(split, "split.", Set.of(keys));
        double[] w = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            w[i] = values.positive(split, keys[i], "split." + keys[i]);
        }
        return new SplitWeights(w[0], w[1], w[2], w[3], w[4]);
    }

    private List<IndicatorDefinition> indicators(List<@Nullable Object> raw) {
        List<IndicatorDefinition> indicators = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = "indicators[" + i + "]";
            Map<String, @Nullable Object> ind = values.asObject(raw.get(i), path);
            values.rejectUnknownKeys(
                    ind, path + ".", Set.of("id", "name", "per", "add", "deduct", "unit", "threshold"));
            String id = values.text(ind, "id", path + ".id");
            if (!ids.add(id)) {
                throw values.error(path + ".id", "duplicate indicator id '" + id + "'");
            }
            double per = values.positive(ind, "per", path + ".per");
            List<Quantity> added = quantities(values.list(ind, "add", path + ".add"), path + ".add");
            if (added.isEmpty()) {
                throw values.error(path + ".add", "lists no quantity");
            }
            List<Quantity> deducted = ind.containsKey("deduct")
                    ? quantities(values.list(ind, "deduct", path + ".deduct"), path + ".deduct")
                    : List.of();
            Map<Segment, Double> thresholds = new EnumMap<>(Segment.class);
            if (ind.get("threshold") != null) {
                Map<String, @Nullable Object> t = values.object(ind, "threshold", path + ".threshold");
                for (String key : t.keySet()) {
                    Segment segment = values.enumValue(Segment.class, key, path + ".threshold." + key);
                    thresholds.put(segment, values.positive(t, key, path + ".threshold." + key));
                }
            }
            indicators.add(new IndicatorDefinition(
                    id,
                    values.localized(ind, "name", path + ".name"),
                    per,
                    added,
                    deducted,
                    values.localized(ind, "unit", path + ".unit"),
                    thresholds));
        }
        if (indicators.isEmpty()) {
            throw values.error("indicators", "lists no indicator");
        }
        return indicators;
    }

    private List<Quantity> quantities(List<@Nullable Object> raw, String path) {
        List<Quantity> q = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            q.add(values.enumValue(Quantity.class, raw.get(i), path + "[" + i + "]"));
        }
        return q;
    }

    private @Nullable SchoolRule schoolRule(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        Map<String, @Nullable Object> rule = values.asObject(raw, "schoolRule");
        values.rejectUnknownKeys(rule, "schoolRule.", Set.of("minMet", "floorRatio"));
        double minMet = values.number(rule, "minMet", "schoolRule.minMet");
        if (minMet < 0 || minMet != Math.rint(minMet)) {
            throw values.error("schoolRule.minMet", "must be a whole number ≥ 0, got " + minMet);
        }
        double floor = values.number(rule, "floorRatio", "schoolRule.floorRatio");
        if (floor < 0 || floor > 1) {
            throw values.error("schoolRule.floorRatio", "must lie between 0 and 1, got " + floor);
        }
        return new SchoolRule((int) minMet, floor);
    }

    private CvRule cv(Map<String, @Nullable Object> cv) {
        values.rejectUnknownKeys(cv, "cv.", Set.of("mode", "limit", "rounding"));
        Map<String, @Nullable Object> limit = values.object(cv, "limit", "cv.limit");
        Map<Segment, Double> limits = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            limits.put(segment, values.positive(limit, segment.name(), "cv.limit." + segment.name()));
        }
        for (String key : limit.keySet()) {
            values.enumValue(Segment.class, key, "cv.limit." + key);
        }
        CvRounding rounding = cv.get("rounding") == null
                ? CvRounding.NONE
                : values.enumValue(CvRounding.class, cv.get("rounding"), "cv.rounding");
        return new CvRule(values.enumValue(CvMode.class, cv.get("mode"), "cv.mode"), limits, rounding);
    }

    private List<AssessmentItem> items(List<@Nullable Object> raw) {
        List<AssessmentItem> items = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = "items[" + i + "]";
            Map<String, @Nullable Object> item = values.asObject(raw.get(i), path);
            values.rejectUnknownKeys(item, path + ".", Set.of("id", "part", "name", "conditions"));
            String id = values.text(item, "id", path + ".id");
            if (!ids.add(id)) {
                throw values.error(path + ".id", "duplicate item id '" + id + "'");
            }
            List<@Nullable Object> rawConditions = values.list(item, "conditions", path + ".conditions");
            if (rawConditions.isEmpty()) {
                throw values.error(path + ".conditions", "lists no condition");
            }
            List<Condition> conditions = new ArrayList<>();
            for (int c = 0; c < rawConditions.size(); c++) {
                conditions.add(condition(rawConditions.get(c), path + ".conditions[" + c + "]"));
            }
            items.add(new AssessmentItem(
                    id,
                    values.enumValue(ItemPart.class, item.get("part"), path + ".part"),
                    values.localized(item, "name", path + ".name"),
                    conditions));
        }
        return items;
    }

    private Condition condition(@Nullable Object raw, String path) {
        Map<String, @Nullable Object> c = values.asObject(raw, path);
        String kind = values.text(c, "kind", path + ".kind");
        return switch (kind) {
            case "INPUT_AT_LEAST" -> {
                values.rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "min"));
                yield new Condition.InputAtLeast(
                        values.text(c, "input", path + ".input"), values.number(c, "min", path + ".min"));
            }
            case "INPUT_BELOW" -> {
                values.rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "max", "inclusive"));
                boolean inclusive = c.containsKey("inclusive") && values.bool(c, "inclusive", path + ".inclusive");
                yield new Condition.InputBelow(
                        values.text(c, "input", path + ".input"), values.number(c, "max", path + ".max"), inclusive);
            }
            case "INPUT_NOT_BELOW_INPUT" -> {
                values.rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "reference"));
                yield new Condition.InputNotBelowInput(
                        values.text(c, "input", path + ".input"), values.text(c, "reference", path + ".reference"));
            }
            case "INPUT_RATIO_AT_LEAST" -> {
                values.rejectUnknownKeys(c, path + ".", Set.of("kind", "numerator", "denominator", "min"));
                yield new Condition.InputRatioAtLeast(
                        values.text(c, "numerator", path + ".numerator"),
                        values.text(c, "denominator", path + ".denominator"),
                        values.number(c, "min", path + ".min"));
            }
            case "FLAG" -> {
                values.rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "expected"));
                yield new Condition.FlagIs(
                        values.text(c, "input", path + ".input"), values.bool(c, "expected", path + ".expected"));
            }
            case "SCHOOL_CHECK" -> schoolCheck(c, path);
            default ->
                throw values.error(
                        path + ".kind",
                        "unknown condition kind '" + kind
                                + "'; known: INPUT_AT_LEAST, INPUT_BELOW, INPUT_NOT_BELOW_INPUT,"
                                + " INPUT_RATIO_AT_LEAST, FLAG, SCHOOL_CHECK");
        };
    }

    private Condition schoolCheck(Map<String, @Nullable Object> c, String path) {
        values.rejectUnknownKeys(c, path + ".", Set.of("kind", "check", "parameters"));
        SchoolCheckKind check = values.enumValue(SchoolCheckKind.class, c.get("check"), path + ".check");
        Map<String, @Nullable Object> params = values.object(c, "parameters", path + ".parameters");
        values.rejectUnknownKeys(params, path + ".parameters.", check.parameters());
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (String name : check.parameters()) {
            parameters.put(name, values.number(params, name, path + ".parameters." + name));
        }
        return new Condition.SchoolCheck(check, parameters);
    }
}
