package org.edubalance.dataimport.policy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.zoning.ZoningPolicy;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads a zoning policy (docs/planning/zoning.md §3): the shipped {@code national} by id, or a file that starts with
 * {@code extends: national} and sets what differs, or sets every key itself. Keys: {@code planYearOffset} (whole ≥ 0),
 * {@code horizonYears} (whole ≥ 1), {@code capacitySlack} (≥ 0), {@code enrolmentRate} (0 to 1), {@code
 * maxDistanceKm} (null or &gt; 0), {@code contiguity} (true/false). An unknown key, a missing one or a wrong value is
 * an {@link InvalidPolicyException} naming the file and the key.
 */
public final class ZoningPolicyReader {
    /** The zoning policies shipped with EduBalance, by id. */
    public static final List<String> SHIPPED = List.of("national");

    private static final List<String> KEYS = List.of(
            "extends",
            "planYearOffset",
            "horizonYears",
            "capacitySlack",
            "enrolmentRate",
            "maxDistanceKm",
            "contiguity");

    private ZoningPolicyReader() {}

    /** A shipped policy, or a file when {@code idOrFile} is not a shipped id. */
    public static ZoningPolicy load(String idOrFile) {
        if (SHIPPED.contains(idOrFile)) {
            return build(idOrFile, idOrFile + ".yaml", shippedTree(idOrFile));
        }
        Path file = Path.of(idOrFile);
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(
                    file + ": no such policy file. Maybe the shipped policy: " + String.join(", ", SHIPPED) + ".");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return build(name, name, resolve(name, YamlTree.readExact(in, name)));
        } catch (IOException e) {
            throw new InvalidPolicyException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> shippedTree(String id) {
        try (InputStream in = ZoningPolicyReader.class.getResourceAsStream("zoning/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Shipped zoning policy missing from the jar: zoning/" + id + ".yaml");
            }
            return map(id + ".yaml", YamlTree.readExact(in, id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("Shipped zoning policy " + id + " is broken", e);
        }
    }

    private static Map<String, Object> resolve(String name, @Nullable Object document) {
        Map<String, Object> tree = map(name, document);
        if (!tree.containsKey("extends")) {
            return tree;
        }
        Object base = tree.get("extends");
        if (!(base instanceof String baseId) || !SHIPPED.contains(baseId)) {
            throw new InvalidPolicyException(name + ": extends: '" + base + "' is not a shipped zoning policy. Maybe: "
                    + String.join(", ", SHIPPED) + ".");
        }
        Map<String, Object> merged = new LinkedHashMap<>(shippedTree(baseId));
        tree.forEach((key, value) -> {
            if (!key.equals("extends")) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static ZoningPolicy build(String id, String name, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!KEYS.contains(key)) {
                throw problem(
                        name,
                        key,
                        "is not a key of a zoning policy. Maybe one of: "
                                + String.join(", ", KEYS.subList(1, KEYS.size())));
            }
        }
        for (String key : KEYS.subList(1, KEYS.size())) {
            if (!tree.containsKey(key)) {
                throw problem(name, key, "is missing. Maybe start the file with 'extends: national'");
            }
        }
        int offset = whole(name, tree, "planYearOffset", 0);
        int horizon = whole(name, tree, "horizonYears", 1);
        BigDecimal slack = number(name, tree, "capacitySlack");
        if (slack == null || slack.signum() < 0) {
            throw problem(name, "capacitySlack", "is a number ≥ 0, got " + tree.get("capacitySlack"));
        }
        BigDecimal rate = number(name, tree, "enrolmentRate");
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw problem(name, "enrolmentRate", "is a number from 0 to 1, got " + tree.get("enrolmentRate"));
        }
        Double maxKm = null;
        if (tree.get("maxDistanceKm") != null) {
            BigDecimal km = number(name, tree, "maxDistanceKm");
            if (km == null || km.signum() <= 0) {
                throw problem(name, "maxDistanceKm", "is null or a number > 0, got " + tree.get("maxDistanceKm"));
            }
            maxKm = km.doubleValue();
        }
        if (!(tree.get("contiguity") instanceof Boolean contiguity)) {
            throw problem(name, "contiguity", "is true or false, got " + tree.get("contiguity"));
        }
        return new ZoningPolicy(id, offset, horizon, slack.doubleValue(), rate.doubleValue(), maxKm, contiguity);
    }

    private static int whole(String name, Map<String, Object> tree, String key, int least) {
        if (!(tree.get(key) instanceof Integer value) || value < least) {
            throw problem(name, key, "is a whole number ≥ " + least + ", got " + tree.get(key));
        }
        return value;
    }

    private static @Nullable BigDecimal number(String name, Map<String, Object> tree, String key) {
        return YamlNumbers.decimal(tree.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, @Nullable Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw problem(name, String.valueOf(key), "keys are names");
                }
            }
            return (Map<String, Object>) m;
        }
        throw new InvalidPolicyException(name + ": the document: expected a map of keys, got " + value + ".");
    }

    private static InvalidPolicyException problem(String name, String path, String what) {
        return new InvalidPolicyException(name + ": " + path + ": " + what + ".");
    }
}
