package org.edubalance.dataimport.policy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads a funding policy (docs/planning/funding.md §2): a shipped one by id, or a file that starts with {@code extends:
 * <id>} and sets what differs, or sets every key itself. Keys: {@code perStudent} (a map PRIMARY/JUNIOR → yuan ≥ 0),
 * {@code boarderExtra} (≥ 0), {@code smallSchoolFloor} (whole ≥ 0), {@code specialEducationPerStudent} (≥ 0), {@code
 * locationFactor} (a map URBAN/TOWN/RURAL → ≥ 0), {@code budget} (null or ≥ 0). An extending file's map sets only the
 * entries it names ({@code locationFactor: {RURAL: 1.2}} keeps URBAN and TOWN). An unknown key, a missing one or a
 * wrong value is an {@link InvalidPolicyException} naming the file and the key path ({@code perStudent.JUNIOR}).
 */
public final class FundingPolicyReader {
    /** The funding policies shipped with EduBalance, by id. */
    public static final List<String> SHIPPED = List.of("national-east", "national-central-west");

    private static final List<String> KEYS = List.of(
            "perStudent", "boarderExtra", "smallSchoolFloor", "specialEducationPerStudent", "locationFactor", "budget");

    private FundingPolicyReader() {}

    /** A shipped policy, or a file when {@code idOrFile} is not a shipped id. */
    public static FundingPolicy load(String idOrFile) {
        if (SHIPPED.contains(idOrFile)) {
            return build(idOrFile, idOrFile + ".yaml", shippedTree(idOrFile));
        }
        Path file = Path.of(idOrFile);
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(
                    file + ": no such policy file. Maybe a shipped policy: " + String.join(", ", SHIPPED) + ".");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return build(name, name, resolve(name, YamlTree.readExact(in, name)));
        } catch (IOException e) {
            throw new InvalidPolicyException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> shippedTree(String id) {
        try (InputStream in = FundingPolicyReader.class.getResourceAsStream("funding/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Shipped funding policy missing from the jar: funding/" + id + ".yaml");
            }
            return map(id + ".yaml", "the document", YamlTree.readExact(in, id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("Shipped funding policy " + id + " is broken", e);
        }
    }

    private static Map<String, Object> resolve(String name, @Nullable Object document) {
        Map<String, Object> tree = map(name, "the document", document);
        if (!tree.containsKey("extends")) {
            return tree;
        }
        Object base = tree.get("extends");
        if (!(base instanceof String baseId) || !SHIPPED.contains(baseId)) {
            throw new InvalidPolicyException(name + ": extends: '" + base + "' is not a shipped funding policy. Maybe: "
                    + String.join(", ", SHIPPED) + ".");
        }
        Map<String, Object> merged = new LinkedHashMap<>(shippedTree(baseId));
        tree.forEach((key, value) -> {
            if (key.equals("extends")) {
                return;
            }
            // A map entry overrides the shipped entry of the same name only; anything else replaces the value.
            if (value instanceof Map<?, ?> given && merged.get(key) instanceof Map<?, ?> shipped) {
                Map<Object, Object> both = new LinkedHashMap<>(shipped);
                both.putAll(given);
                merged.put(key, both);
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static FundingPolicy build(String id, String name, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!KEYS.contains(key)) {
                throw problem(name, key, "is not a key of a funding policy. Maybe one of: " + String.join(", ", KEYS));
            }
        }
        for (String key : KEYS) {
            if (!tree.containsKey(key)) {
                throw problem(name, key, "is missing. Maybe start the file with 'extends: national-east'");
            }
        }
        Map<Segment, Double> perStudent = new LinkedHashMap<>();
        Map<String, Object> segments = map(name, "perStudent", tree.get("perStudent"));
        for (Segment s : Segment.values()) {
            perStudent.put(s, amount(name, "perStudent." + s.name(), segments));
        }
        unknownEntries(name, "perStudent", segments, List.of("PRIMARY", "JUNIOR"));
        Map<Location, Double> factors = new LinkedHashMap<>();
        Map<String, Object> locations = map(name, "locationFactor", tree.get("locationFactor"));
        for (Location l : Location.values()) {
            factors.put(l, amount(name, "locationFactor." + l.name(), locations));
        }
        unknownEntries(name, "locationFactor", locations, List.of("URBAN", "TOWN", "RURAL"));
        double boarderExtra = amount(name, "boarderExtra", tree);
        if (!(tree.get("smallSchoolFloor") instanceof Integer floor) || floor < 0) {
            throw problem(name, "smallSchoolFloor", "is a whole number ≥ 0, got " + tree.get("smallSchoolFloor"));
        }
        double special = amount(name, "specialEducationPerStudent", tree);
        Double budget = tree.get("budget") == null ? null : amount(name, "budget", tree);
        return new FundingPolicy(id, perStudent, boarderExtra, floor, special, factors, budget);
    }

    private static void unknownEntries(String name, String path, Map<String, Object> entries, List<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                throw problem(name, path + "." + key, "is not a key here. Maybe one of: " + String.join(", ", known));
            }
        }
    }

    /** The amount under {@code key} (the last part of {@code path}): a number ≥ 0, present. */
    private static double amount(String name, String path, Map<String, Object> tree) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (!tree.containsKey(key)) {
            throw problem(name, path, "is missing. Maybe start the file with 'extends: national-east'");
        }
        BigDecimal value = YamlNumbers.decimal(tree.get(key));
        if (value == null || value.signum() < 0) {
            throw problem(name, path, "is a number ≥ 0, got " + tree.get(key));
        }
        return value.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, String path, @Nullable Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw problem(name, path + "." + key, "keys are names. Maybe put the key in quotes");
                }
            }
            return (Map<String, Object>) m;
        }
        if (path.equals("the document")) {
            throw new InvalidPolicyException(name + ": the document: expected a map of keys, got " + value + ".");
        }
        throw problem(name, path, "is a map of names to numbers, got " + value);
    }

    private static InvalidPolicyException problem(String name, String path, String what) {
        return new InvalidPolicyException(name + ": " + path + ": " + what + ".");
    }
}
