package org.edubalance.dataimport.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.staff.Gender;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rotation policy file (YAML): a shipped one by id ({@code national}, {@code anhui}) or a county's own file,
 * which may start with {@code extends: <id>} and then sets only what differs. Keys are checked strictly: an unknown
 * key, a missing one or a value of the wrong kind is an {@link InvalidPolicyException} that names the file, the key
 * path and the problem, with a hint. The shipped files document every key (see {@code national.yaml}).
 */
public final class RotationPolicyReader {
    /** The policies shipped with EduBalance, by id. */
    public static final List<String> SHIPPED = List.of("national", "anhui");

    /** The keys of each section, in the order the shipped files write them (and problems are reported). */
    private static final Map<String, List<String>> KEYS = Map.of(
            "", List.of("extends", "id", "name", "eligibility", "quota", "moves", "objective"),
            "eligibility", List.of("minYearsAtSchool", "principalMinYears", "maxAge"),
            "quota", List.of("minShareOfEligible", "minBackboneShare", "backboneShareOf"),
            "moves", List.of("maxCommuteKm", "maxShareLeaving", "direction", "subjectsMustStayStaffed"),
            "objective", List.of("indicators", "moverPenalty", "maxMovers"));

    private RotationPolicyReader() {}

    /** A shipped policy, or a file when {@code idOrFile} is not a shipped id. */
    public static RotationPolicy load(String idOrFile) {
        return SHIPPED.contains(idOrFile) ? shipped(idOrFile) : read(Path.of(idOrFile));
    }

    /** The shipped policy {@code id}. */
    public static RotationPolicy shipped(String id) {
        return build(id + ".yaml", shippedTree(id));
    }

    /** The policy in {@code file}. */
    public static RotationPolicy read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(file + ": no such policy file. Maybe one of the shipped policies: "
                    + String.join(", ", SHIPPED) + ".");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return build(name, resolve(name, YamlTree.read(in, name)));
        } catch (IOException e) {
            throw new InvalidPolicyException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> shippedTree(String id) {
        if (!SHIPPED.contains(id)) {
            throw new InvalidPolicyException(
                    "extends: '" + id + "' is not a shipped policy. Maybe one of: " + String.join(", ", SHIPPED) + ".");
        }
        String resource = id + ".yaml";
        try (InputStream in = RotationPolicyReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Shipped policy missing from the jar: " + resource);
            }
            return resolve(resource, YamlTree.read(in, resource));
        } catch (IOException e) {
            throw new IllegalStateException("Shipped policy " + resource + " is broken", e);
        }
    }

    /** The document as a map, with what it extends merged underneath it. */
    private static Map<String, Object> resolve(String name, @Nullable Object document) {
        Map<String, Object> tree = map(name, "", document);
        Object base = tree.get("extends");
        if (base == null) {
            return tree;
        }
        if (!(base instanceof String baseId) || !SHIPPED.contains(baseId)) {
            throw new InvalidPolicyException(name + ": extends: '" + base + "' is not a shipped policy. Maybe one of: "
                    + String.join(", ", SHIPPED) + ".");
        }
        return merge(shippedTree(baseId), tree);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            Object under = merged.get(key);
            // Sections merge key by key; a value (the indicator weights too) replaces what it overrides.
            if (under instanceof Map<?, ?> u && value instanceof Map<?, ?> v && KEYS.containsKey(key)) {
                merged.put(key, merge((Map<String, Object>) u, (Map<String, Object>) v));
            } else {
                merged.put(key, value);
            }
        });
        merged.remove("extends");
        return merged;
    }

    private static RotationPolicy build(String name, Map<String, Object> tree) {
        var r = new Keys(name, tree);
        r.checkKnown("", tree);
        Map<String, Object> eligibility = r.section("eligibility");
        Map<String, Object> quota = r.section("quota");
        Map<String, Object> moves = r.section("moves");
        Map<String, Object> objective = r.section("objective");
        String shareOf = r.text("quota.backboneShareOf", quota.get("backboneShareOf"));
        if (!shareOf.equals("movers") && !shareOf.equals("eligible-backbone")) {
            throw r.problem("quota.backboneShareOf", "is movers or eligible-backbone, got '" + shareOf + "'");
        }
        String direction = r.text("moves.direction", moves.get("direction"));
        Direction parsedDirection = switch (direction) {
            case "any" -> Direction.ANY;
            case "towards-weaker-or-rural" -> Direction.TOWARDS_WEAKER_OR_RURAL;
            default -> throw r.problem("moves.direction", "is any or towards-weaker-or-rural, got '" + direction + "'");
        };
        Object maxMovers = objective.get("maxMovers");
        try {
            return new RotationPolicy(
                    r.text("id", tree.get("id")),
                    r.whole("eligibility.minYearsAtSchool", eligibility.get("minYearsAtSchool")),
                    r.whole("eligibility.principalMinYears", eligibility.get("principalMinYears")),
                    ages(r, eligibility.get("maxAge")),
                    r.number("quota.minShareOfEligible", quota.get("minShareOfEligible")),
                    r.number("quota.minBackboneShare", quota.get("minBackboneShare")),
                    shareOf.equals("eligible-backbone"),
                    r.number("moves.maxCommuteKm", moves.get("maxCommuteKm")),
                    r.number("moves.maxShareLeaving", moves.get("maxShareLeaving")),
                    parsedDirection,
                    r.bool("moves.subjectsMustStayStaffed", moves.get("subjectsMustStayStaffed")),
                    indicators(r, objective.get("indicators")),
                    r.number("objective.moverPenalty", objective.get("moverPenalty")),
                    maxMovers == null ? null : r.whole("objective.maxMovers", maxMovers));
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(
                    name + ": " + e.getMessage() + ". Maybe compare with the shipped national.yaml.");
        }
    }

    private static Map<Gender, Integer> ages(Keys r, @Nullable Object value) {
        Map<Gender, Integer> ages = new EnumMap<>(Gender.class);
        map(r.name, "eligibility.maxAge", value == null ? Map.of() : value).forEach((gender, age) -> {
            Gender g = switch (gender) {
                case "M" -> Gender.M;
                case "F" -> Gender.F;
                default -> throw r.problem("eligibility.maxAge." + gender, "is not a gender. Maybe M or F");
            };
            ages.put(g, r.whole("eligibility.maxAge." + gender, age));
        });
        return ages;
    }

    private static Map<TeacherIndicator, Double> indicators(Keys r, @Nullable Object value) {
        Map<TeacherIndicator, Double> weights = new EnumMap<>(TeacherIndicator.class);
        map(r.name, "objective.indicators", value).forEach((id, weight) -> {
            TeacherIndicator indicator = TeacherIndicator.byId(id);
            if (indicator == null) {
                throw r.problem(
                        "objective.indicators." + id,
                        "is not a teacher indicator. Maybe one of: "
                                + java.util.Arrays.stream(TeacherIndicator.values())
                                        .map(TeacherIndicator::id)
                                        .toList());
            }
            weights.put(indicator, r.number("objective.indicators." + id, weight));
        });
        return weights;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, String path, @Nullable Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw new InvalidPolicyException(name + ": " + (path.isEmpty() ? "" : path + ".") + key
                            + ": keys are names. Maybe put the key in quotes.");
                }
            }
            return (Map<String, Object>) m;
        }
        throw new InvalidPolicyException(
                name + ": " + (path.isEmpty() ? "the document" : path) + ": expected a map of keys, got " + value);
    }

    /** Reads typed values, naming the file and key path in every problem. */
    private record Keys(String name, Map<String, Object> tree) {
        Map<String, Object> section(String key) {
            Map<String, Object> section = map(name, key, tree.get(key));
            checkKnown(key, section);
            return section;
        }

        void checkKnown(String path, Map<String, Object> section) {
            List<String> known = KEYS.get(path);
            for (String key : section.keySet()) {
                if (!known.contains(key)) {
                    throw problem(
                            (path.isEmpty() ? "" : path + ".") + key,
                            "is not a key of this policy. Maybe one of: "
                                    + String.join(", ", known.stream().sorted().toList()));
                }
            }
            for (String key : known) {
                if (!key.equals("extends")
                        && !key.equals("name")
                        && !key.equals("maxAge")
                        && !key.equals("maxMovers")
                        && !section.containsKey(key)) {
                    throw problem(
                            (path.isEmpty() ? "" : path + ".") + key,
                            "is missing. Maybe start the file with"
                                    + " 'extends: national' to take the national value");
                }
            }
        }

        String text(String path, @Nullable Object value) {
            if (value instanceof String s && !s.isBlank()) {
                return s;
            }
            throw problem(path, "expected text, got " + value);
        }

        double number(String path, @Nullable Object value) {
            if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                return n.doubleValue();
            }
            throw problem(path, "expected a number, got " + value);
        }

        int whole(String path, @Nullable Object value) {
            if (value instanceof Integer i) {
                return i;
            }
            throw problem(path, "expected a whole number, got " + value);
        }

        boolean bool(String path, @Nullable Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            throw problem(path, "expected true or false, got " + value);
        }

        InvalidPolicyException problem(String path, String what) {
            return new InvalidPolicyException(name + ": " + path + ": " + what + ".");
        }
    }
}
