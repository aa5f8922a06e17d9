package org.edubalance.core.standard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private final String origin;

    StandardPackReader(String origin) {
        this.origin = origin;
    }

    Standard read(Map<String, @Nullable Object> pack) {
        rejectUnknownKeys(
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
                text(pack, "id", "id"),
                text(pack, "version", "version"),
                localized(pack, "title", "title"),
                text(pack, "source", "source"),
                optionalText(pack, "extends"),
                scope(object(pack, "scope", "scope")),
                split(object(pack, "split", "split")),
                indicators(list(pack, "indicators", "indicators")),
                schoolRule(pack.get("schoolRule")),
                cv(object(pack, "cv", "cv")),
                items(pack.containsKey("items") ? list(pack, "items", "items") : List.of()));
    }

    private Scope scope(Map<String, @Nullable Object> scope) {
        rejectUnknownKeys(
                scope, "scope.", Set.of("excludeSchoolTypes", "minStudentsForTeachingPoint", "includePrivate"));
        Set<SchoolType> excluded = EnumSet.noneOf(SchoolType.class);
        List<@Nullable Object> types = list(scope, "excludeSchoolTypes", "scope.excludeSchoolTypes");
        for (int i = 0; i < types.size(); i++) {
            excluded.add(enumValue(SchoolType.class, types.get(i), "scope.excludeSchoolTypes[" + i + "]"));
        }
        double min = number(scope, "minStudentsForTeachingPoint", "scope.minStudentsForTeachingPoint");
        if (min < 0 || min != Math.rint(min)) {
            throw error("scope.minStudentsForTeachingPoint", "must be a whole number ≥ 0, got " + min);
        }
        return new Scope(excluded, (int) min, bool(scope, "includePrivate", "scope.includePrivate"));
    }

    private SplitWeights split(Map<String, @Nullable Object> split) {
        String[] keys = {
            "primary", "junior", "seniorInTwelveYear", "juniorInCompleteSecondary", "seniorInCompleteSecondary"
        };
        rejectUnknownKeys(split, "split.", Set.of(keys));
        double[] w = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            w[i] = positive(split, keys[i], "split." + keys[i]);
        }
        return new SplitWeights(w[0], w[1], w[2], w[3], w[4]);
    }

    private List<IndicatorDefinition> indicators(List<@Nullable Object> raw) {
        List<IndicatorDefinition> indicators = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = "indicators[" + i + "]";
            Map<String, @Nullable Object> ind = asObject(raw.get(i), path);
            rejectUnknownKeys(ind, path + ".", Set.of("id", "name", "per", "add", "deduct", "unit", "threshold"));
            String id = text(ind, "id", path + ".id");
            if (!ids.add(id)) {
                throw error(path + ".id", "duplicate indicator id '" + id + "'");
            }
            double per = positive(ind, "per", path + ".per");
            List<Quantity> added = quantities(list(ind, "add", path + ".add"), path + ".add");
            if (added.isEmpty()) {
                throw error(path + ".add", "lists no quantity");
            }
            List<Quantity> deducted = ind.containsKey("deduct")
                    ? quantities(list(ind, "deduct", path + ".deduct"), path + ".deduct")
                    : List.of();
            Map<Segment, Double> thresholds = new EnumMap<>(Segment.class);
            if (ind.get("threshold") != null) {
                Map<String, @Nullable Object> t = object(ind, "threshold", path + ".threshold");
                for (String key : t.keySet()) {
                    Segment segment = enumValue(Segment.class, key, path + ".threshold." + key);
                    thresholds.put(segment, positive(t, key, path + ".threshold." + key));
                }
            }
            indicators.add(new IndicatorDefinition(
                    id,
                    localized(ind, "name", path + ".name"),
                    per,
                    added,
                    deducted,
                    localized(ind, "unit", path + ".unit"),
                    thresholds));
        }
        if (indicators.isEmpty()) {
            throw error("indicators", "lists no indicator");
        }
        return indicators;
    }

    private List<Quantity> quantities(List<@Nullable Object> raw, String path) {
        List<Quantity> q = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            q.add(enumValue(Quantity.class, raw.get(i), path + "[" + i + "]"));
        }
        return q;
    }

    private @Nullable SchoolRule schoolRule(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        Map<String, @Nullable Object> rule = asObject(raw, "schoolRule");
        rejectUnknownKeys(rule, "schoolRule.", Set.of("minMet", "floorRatio"));
        double minMet = number(rule, "minMet", "schoolRule.minMet");
        if (minMet < 0 || minMet != Math.rint(minMet)) {
            throw error("schoolRule.minMet", "must be a whole number ≥ 0, got " + minMet);
        }
        double floor = number(rule, "floorRatio", "schoolRule.floorRatio");
        if (floor < 0 || floor > 1) {
            throw error("schoolRule.floorRatio", "must lie between 0 and 1, got " + floor);
        }
        return new SchoolRule((int) minMet, floor);
    }

    private CvRule cv(Map<String, @Nullable Object> cv) {
        rejectUnknownKeys(cv, "cv.", Set.of("mode", "limit", "rounding"));
        Map<String, @Nullable Object> limit = object(cv, "limit", "cv.limit");
        Map<Segment, Double> limits = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            limits.put(segment, positive(limit, segment.name(), "cv.limit." + segment.name()));
        }
        for (String key : limit.keySet()) {
            enumValue(Segment.class, key, "cv.limit." + key);
        }
        CvRounding rounding = cv.get("rounding") == null
                ? CvRounding.NONE
                : enumValue(CvRounding.class, cv.get("rounding"), "cv.rounding");
        return new CvRule(enumValue(CvMode.class, cv.get("mode"), "cv.mode"), limits, rounding);
    }

    private List<AssessmentItem> items(List<@Nullable Object> raw) {
        List<AssessmentItem> items = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String path = "items[" + i + "]";
            Map<String, @Nullable Object> item = asObject(raw.get(i), path);
            rejectUnknownKeys(item, path + ".", Set.of("id", "part", "name", "conditions"));
            String id = text(item, "id", path + ".id");
            if (!ids.add(id)) {
                throw error(path + ".id", "duplicate item id '" + id + "'");
            }
            List<@Nullable Object> rawConditions = list(item, "conditions", path + ".conditions");
            if (rawConditions.isEmpty()) {
                throw error(path + ".conditions", "lists no condition");
            }
            List<Condition> conditions = new ArrayList<>();
            for (int c = 0; c < rawConditions.size(); c++) {
                conditions.add(condition(rawConditions.get(c), path + ".conditions[" + c + "]"));
            }
            items.add(new AssessmentItem(
                    id,
                    enumValue(ItemPart.class, item.get("part"), path + ".part"),
                    localized(item, "name", path + ".name"),
                    conditions));
        }
        return items;
    }

    private Condition condition(@Nullable Object raw, String path) {
        Map<String, @Nullable Object> c = asObject(raw, path);
        String kind = text(c, "kind", path + ".kind");
        return switch (kind) {
            case "INPUT_AT_LEAST" -> {
                rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "min"));
                yield new Condition.InputAtLeast(text(c, "input", path + ".input"), number(c, "min", path + ".min"));
            }
            case "INPUT_BELOW" -> {
                rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "max", "inclusive"));
                boolean inclusive = c.containsKey("inclusive") && bool(c, "inclusive", path + ".inclusive");
                yield new Condition.InputBelow(
                        text(c, "input", path + ".input"), number(c, "max", path + ".max"), inclusive);
            }
            case "INPUT_NOT_BELOW_INPUT" -> {
                rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "reference"));
                yield new Condition.InputNotBelowInput(
                        text(c, "input", path + ".input"), text(c, "reference", path + ".reference"));
            }
            case "INPUT_RATIO_AT_LEAST" -> {
                rejectUnknownKeys(c, path + ".", Set.of("kind", "numerator", "denominator", "min"));
                yield new Condition.InputRatioAtLeast(
                        text(c, "numerator", path + ".numerator"),
                        text(c, "denominator", path + ".denominator"),
                        number(c, "min", path + ".min"));
            }
            case "FLAG" -> {
                rejectUnknownKeys(c, path + ".", Set.of("kind", "input", "expected"));
                yield new Condition.FlagIs(text(c, "input", path + ".input"), bool(c, "expected", path + ".expected"));
            }
            case "SCHOOL_CHECK" -> schoolCheck(c, path);
            default ->
                throw error(
                        path + ".kind",
                        "unknown condition kind '" + kind
                                + "'; known: INPUT_AT_LEAST, INPUT_BELOW, INPUT_NOT_BELOW_INPUT,"
                                + " INPUT_RATIO_AT_LEAST, FLAG, SCHOOL_CHECK");
        };
    }

    private Condition schoolCheck(Map<String, @Nullable Object> c, String path) {
        rejectUnknownKeys(c, path + ".", Set.of("kind", "check", "parameters"));
        SchoolCheckKind check = enumValue(SchoolCheckKind.class, c.get("check"), path + ".check");
        Map<String, @Nullable Object> params = object(c, "parameters", path + ".parameters");
        rejectUnknownKeys(params, path + ".parameters.", check.parameters());
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : check.parameters()) {
            values.put(name, number(params, name, path + ".parameters." + name));
        }
        return new Condition.SchoolCheck(check, values);
    }

    private void rejectUnknownKeys(Map<String, @Nullable Object> map, String prefix, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw error(
                        prefix + key,
                        "unknown key; known keys here: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private LocalizedText localized(Map<String, @Nullable Object> map, String key, String path) {
        Map<String, @Nullable Object> t = object(map, key, path);
        return new LocalizedText(text(t, "zh", path + ".zh"), text(t, "en", path + ".en"));
    }

    private String text(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof String s) || s.isBlank()) {
            throw error(path, "expected non-blank text, got " + describe(v));
        }
        return s;
    }

    private @Nullable String optionalText(Map<String, @Nullable Object> map, String key) {
        return map.get(key) == null ? null : text(map, key, key);
    }

    private double number(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof Double d)) {
            throw error(path, "expected a number, got " + describe(v));
        }
        return d;
    }

    private double positive(Map<String, @Nullable Object> map, String key, String path) {
        double d = number(map, key, path);
        if (!(d > 0)) {
            throw error(path, "must be greater than 0, got " + d);
        }
        return d;
    }

    private boolean bool(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof Boolean b)) {
            throw error(path, "expected true or false, got " + describe(v));
        }
        return b;
    }

    private Map<String, @Nullable Object> object(Map<String, @Nullable Object> map, String key, String path) {
        return asObject(required(map, key, path), path);
    }

    private List<@Nullable Object> list(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof List<?> l)) {
            throw error(path, "expected a list, got " + describe(v));
        }
        @SuppressWarnings("unchecked")
        List<@Nullable Object> cast = (List<@Nullable Object>) l;
        return cast;
    }

    @SuppressWarnings("unchecked")
    private Map<String, @Nullable Object> asObject(@Nullable Object v, String path) {
        if (!(v instanceof Map<?, ?> m)) {
            throw error(path, "expected an object, got " + describe(v));
        }
        return (Map<String, @Nullable Object>) m;
    }

    private Object required(Map<String, @Nullable Object> map, String key, String path) {
        Object v = map.get(key);
        if (v == null) {
            throw error(path, "is missing");
        }
        return v;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, @Nullable Object raw, String path) {
        if (!(raw instanceof String s)) {
            throw error(path, "expected one of " + names(type) + ", got " + describe(raw));
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(path, "unknown value '" + s + "'; expected one of " + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    private static String describe(@Nullable Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(v);
    }

    private InvalidStandardPackException error(String key, String problem) {
        return new InvalidStandardPackException(origin, key, problem);
    }
}
