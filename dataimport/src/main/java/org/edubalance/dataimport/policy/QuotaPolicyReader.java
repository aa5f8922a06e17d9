package org.edubalance.dataimport.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads a quota policy (docs/planning/quota.md §2): the shipped {@code national} by id, or a file that starts with
 * {@code extends: national} and sets what differs, or sets every key itself. Keys: {@code method} (WEBSTER, DHONDT,
 * HAMILTON), {@code minPerSchool} (a whole number ≥ 0, and 0 with HAMILTON), {@code weights} (a map URBAN, TOWN, RURAL
 * → a positive decimal; a file's weights merge location by location over what it extends). Decimals are read exactly.
 * An unknown key, a missing one or a wrong value is an {@link InvalidPolicyException} naming the file and the key path.
 *
 * <p>The lottery hashes the policy's bytes: {@link #bytes} gives those of the shipped file or of the file as given.
 */
public final class QuotaPolicyReader {
    /** The quota policies shipped with EduBalance, by id. */
    public static final List<String> SHIPPED = List.of("national");

    private static final List<String> KEYS = List.of("extends", "method", "minPerSchool", "weights");

    private QuotaPolicyReader() {}

    /** A shipped policy, or a file when {@code idOrFile} is not a shipped id. */
    public static QuotaPolicy load(String idOrFile) {
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

    /** The bytes the lottery hashes: the shipped YAML file of an id, or the file's bytes as given. */
    public static byte[] bytes(String idOrFile) {
        if (SHIPPED.contains(idOrFile)) {
            try (InputStream in = resource(idOrFile)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Files.readAllBytes(Path.of(idOrFile));
        } catch (IOException e) {
            throw new InvalidPolicyException(idOrFile + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String id) {
        InputStream in = QuotaPolicyReader.class.getResourceAsStream("quota/" + id + ".yaml");
        if (in == null) {
            throw new IllegalStateException("Shipped quota policy missing from the jar: quota/" + id + ".yaml");
        }
        return in;
    }

    private static Map<String, Object> shippedTree(String id) {
        try (InputStream in = resource(id)) {
            return map(id + ".yaml", "", YamlTree.readExact(in, id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("Shipped quota policy " + id + " is broken", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(String name, @Nullable Object document) {
        Map<String, Object> tree = map(name, "", document);
        if (!tree.containsKey("extends")) {
            return tree;
        }
        Object base = tree.get("extends");
        if (!(base instanceof String baseId) || !SHIPPED.contains(baseId)) {
            throw new InvalidPolicyException(name + ": extends: '" + base + "' is not a shipped quota policy. Maybe: "
                    + String.join(", ", SHIPPED) + ".");
        }
        Map<String, Object> merged = new LinkedHashMap<>(shippedTree(baseId));
        tree.forEach((key, value) -> {
            if (key.equals("weights")
                    && value instanceof Map<?, ?> over
                    && merged.get(key) instanceof Map<?, ?> under) {
                Map<Object, Object> weights = new LinkedHashMap<>((Map<Object, Object>) under);
                weights.putAll((Map<Object, Object>) over);
                merged.put(key, weights);
            } else if (!key.equals("extends")) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static QuotaPolicy build(String id, String name, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!KEYS.contains(key)) {
                throw problem(name, key, "is not a key of a quota policy. Maybe one of: method, minPerSchool, weights");
            }
        }
        for (String key : KEYS.subList(1, KEYS.size())) {
            if (!tree.containsKey(key)) {
                throw problem(name, key, "is missing. Maybe start the file with 'extends: national'");
            }
        }
        Object methodValue = tree.get("method");
        ApportionmentMethod method = Arrays.stream(ApportionmentMethod.values())
                .filter(m -> m.name().equals(methodValue))
                .findFirst()
                .orElseThrow(() -> problem(name, "method", "is WEBSTER, DHONDT or HAMILTON, got " + methodValue));
        if (!(tree.get("minPerSchool") instanceof Integer minPerSchool) || minPerSchool < 0) {
            throw problem(name, "minPerSchool", "is a whole number ≥ 0, got " + tree.get("minPerSchool"));
        }
        if (minPerSchool > 0 && method == ApportionmentMethod.HAMILTON) {
            throw problem(
                    name,
                    "minPerSchool",
                    "must be 0 with method HAMILTON (largest remainders have no minimum), got " + minPerSchool
                            + ". Maybe use WEBSTER or DHONDT");
        }
        Map<Location, BigDecimal> weights = new EnumMap<>(Location.class);
        map(name, "weights", tree.get("weights")).forEach((location, value) -> {
            Location l = Arrays.stream(Location.values())
                    .filter(x -> x.name().equals(location))
                    .findFirst()
                    .orElseThrow(() ->
                            problem(name, "weights." + location, "is not a location. Maybe URBAN, TOWN or RURAL"));
            BigDecimal weight = YamlNumbers.decimal(value);
            if (weight == null || weight.signum() <= 0) {
                throw problem(name, "weights." + location, "is a positive number, got " + value);
            }
            weights.put(l, weight);
        });
        for (Location l : Location.values()) {
            if (!weights.containsKey(l)) {
                throw problem(name, "weights." + l, "is missing. Maybe give every location a weight");
            }
        }
        return new QuotaPolicy(id, method, minPerSchool, weights);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, String path, @Nullable Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw problem(name, (path.isEmpty() ? "" : path + ".") + key, "keys are names");
                }
            }
            return (Map<String, Object>) m;
        }
        throw new InvalidPolicyException(name + ": " + (path.isEmpty() ? "the document" : path)
                + ": expected a map of keys, got " + value + ".");
    }

    private static InvalidPolicyException problem(String name, String path, String what) {
        return new InvalidPolicyException(name + ": " + path + ": " + what + ".");
    }
}
