package org.edubalance.dataimport.policy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.core.pairing.SegmentStrength;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pairing policy (docs/planning/pairing.md §2), which also holds the school groups' limits
 * (docs/planning/groups.md §2): the shipped {@code national}, or a file that starts with
 * {@code extends: national} and sets what differs, or sets every key. A missing or unknown key, a negative or
 * non-numeric value, and limits that leave no mentor at all (a strength above the cap of {@value
 * SegmentStrength#CAP}, no mentee per mentor, a distance of 0 km) are an {@link InvalidPolicyException} naming the file
 * and the key.
 */
public final class PairingPolicyReader {
    /** The pairing policies shipped with EduBalance. */
    public static final List<String> SHIPPED = List.of("national");

    private static final List<String> KEYS = List.of(
            "mentorMinStrength",
            "menteeMaxStrength",
            "maxMenteesPerMentor",
            "maxDistanceKm",
            "urbanRuralOnly",
            "groupMinSize",
            "groupMaxSize",
            "groupMinMeanStrength");

    private PairingPolicyReader() {}

    /** The pairing limits of the shipped policy {@code national}, or of the file {@code idOrFile}. */
    public static PairingPolicy load(String idOrFile) {
        return read(idOrFile).pairing();
    }

    /**
     * The school-group limits (docs/planning/groups.md §2) of the shipped policy {@code national}, or of the file
     * {@code idOrFile}: the same file, every key checked as for the pairing.
     */
    public static GroupPolicy loadGroups(String idOrFile) {
        return read(idOrFile).groups();
    }

    private record Both(PairingPolicy pairing, GroupPolicy groups) {}

    private static Both read(String idOrFile) {
        if (SHIPPED.contains(idOrFile)) {
            return build(idOrFile, idOrFile + ".yaml", shipped(idOrFile));
        }
        Path file = Path.of(idOrFile);
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(file + ": no such policy file. Maybe the shipped policy: national.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> tree = map(name, YamlTree.readExact(in, name));
            if (tree.containsKey("extends")) {
                if (!"national".equals(tree.get("extends"))) {
                    throw new InvalidPolicyException(name + ": extends: '" + tree.get("extends")
                            + "' is not a shipped pairing policy. Maybe: national.");
                }
                Map<String, Object> merged = new LinkedHashMap<>(shipped("national"));
                tree.forEach((k, v) -> {
                    if (!k.equals("extends")) {
                        merged.put(k, v);
                    }
                });
                tree = merged;
            }
            return build(name.replaceFirst("\\.ya?ml$", ""), name, tree);
        } catch (IOException e) {
            throw new InvalidPolicyException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> shipped(String id) {
        try (InputStream in = PairingPolicyReader.class.getResourceAsStream("pairing/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Shipped pairing policy missing from the jar: pairing/" + id + ".yaml");
            }
            return map(id + ".yaml", YamlTree.readExact(in, id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("Shipped pairing policy " + id + " is broken", e);
        }
    }

    private static Both build(String id, String name, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!KEYS.contains(key)) {
                throw problem(name, key, "is not a key of a pairing policy. Maybe one of: " + String.join(", ", KEYS));
            }
        }
        for (String key : KEYS) {
            if (!tree.containsKey(key)) {
                throw problem(name, key, "is missing. Maybe start the file with 'extends: national'");
            }
        }
        double mentorMin = number(name, "mentorMinStrength", tree);
        if (mentorMin > SegmentStrength.CAP) {
            throw problem(
                    name,
                    "mentorMinStrength",
                    "is " + mentorMin + ", above the most any school reaches ("
                            + SegmentStrength.CAP + ": each indicator counts at most twice its standard), so no school"
                            + " could mentor. Maybe 1.2");
        }
        double menteeMax = number(name, "menteeMaxStrength", tree);
        if (!(tree.get("maxMenteesPerMentor") instanceof Integer perMentor) || perMentor < 1) {
            throw problem(
                    name,
                    "maxMenteesPerMentor",
                    "is a whole number ≥ 1 (0 leaves no mentor), got " + tree.get("maxMenteesPerMentor"));
        }
        double km = number(name, "maxDistanceKm", tree);
        if (km == 0) {
            throw problem(name, "maxDistanceKm", "is 0: no two schools could be paired. Maybe 30");
        }
        if (!(tree.get("urbanRuralOnly") instanceof Boolean urbanRural)) {
            throw problem(name, "urbanRuralOnly", "is true or false, got " + tree.get("urbanRuralOnly"));
        }
        return new Both(
                new PairingPolicy(id, mentorMin, menteeMax, perMentor, km, urbanRural), groups(id, name, tree, km));
    }

    private static GroupPolicy groups(String id, String name, Map<String, Object> tree, double km) {
        if (!(tree.get("groupMinSize") instanceof Integer min) || min < 2) {
            throw problem(
                    name,
                    "groupMinSize",
                    "is a whole number ≥ 2 (a group is its core school and at least one member), got "
                            + tree.get("groupMinSize"));
        }
        if (!(tree.get("groupMaxSize") instanceof Integer max) || max < min) {
            throw problem(
                    name,
                    "groupMaxSize",
                    "is a whole number ≥ groupMinSize (" + min + "), got " + tree.get("groupMaxSize"));
        }
        double floor = number(name, "groupMinMeanStrength", tree);
        if (floor > SegmentStrength.CAP) {
            throw problem(
                    name,
                    "groupMinMeanStrength",
                    "is " + floor + ", above the most any school reaches (" + SegmentStrength.CAP
                            + "), so no group could be formed. Maybe 1.0");
        }
        return new GroupPolicy(id, min, max, floor, km);
    }

    private static double number(String name, String key, Map<String, Object> tree) {
        BigDecimal value = YamlNumbers.decimal(tree.get(key));
        if (value == null || value.signum() < 0) {
            throw problem(name, key, "is a number ≥ 0, got " + tree.get(key));
        }
        return value.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String name, @Nullable Object document) {
        if (document instanceof Map<?, ?> m && m.keySet().stream().allMatch(String.class::isInstance)) {
            return (Map<String, Object>) m;
        }
        throw new InvalidPolicyException(name + ": the document: expected a map of keys, got " + document + ".");
    }

    private static InvalidPolicyException problem(String name, String key, String what) {
        return new InvalidPolicyException(name + ": " + key + ": " + what + ".");
    }
}
