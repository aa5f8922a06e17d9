package org.edubalance.dataimport.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AdmissionPolicy;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.dataimport.table.YamlTree;
import org.jspecify.annotations.Nullable;

/**
 * Reads an admission policy (docs/planning/admission.md §2): the shipped {@code national} by id, or a county's YAML
 * file that starts {@code extends: national} and sets what differs, or sets every key itself. An unknown key or a
 * wrong value is an {@link InvalidPolicyException} naming the file and the key path. The bytes read are kept: the
 * lottery's commit hashes the policy as given.
 */
public final class AdmissionPolicyReader {
    /** The shipped admission policies, by id. */
    public static final List<String> SHIPPED = List.of("national");

    private static final List<String> KEYS =
            List.of("classes", "specialPriorities", "coordination", "maxPrivateChoices", "tieBreak");
    private static final List<PriorityClass> LISTABLE = List.of(
            PriorityClass.SPECIAL,
            PriorityClass.HUKOU_AND_HOME,
            PriorityClass.HUKOU,
            PriorityClass.HOME,
            PriorityClass.RESIDENT);

    private AdmissionPolicyReader() {}

    /** A policy with the bytes it was read from. */
    public record LoadedPolicy(AdmissionPolicy policy, byte[] bytes) {}

    /**
     * The policy {@code option} names: a file when it ends in {@code .yaml}/{@code .yml} or holds a path separator,
     * else a shipped id.
     */
    public static LoadedPolicy load(String option) {
        boolean file =
                option.endsWith(".yaml") || option.endsWith(".yml") || option.contains("/") || option.contains("\\");
        if (file) {
            return read(Path.of(option));
        }
        if (!SHIPPED.contains(option)) {
            throw new InvalidPolicyException("--policy " + option + ": not a shipped admission policy. Maybe one of: "
                    + String.join(", ", SHIPPED) + ", or a .yaml file.");
        }
        byte[] bytes = shippedBytes(option);
        try {
            return new LoadedPolicy(build(option, option + ".yaml", tree(option + ".yaml", bytes)), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Shipped policy " + option + " is broken", e);
        }
    }

    /** The policy in {@code file}; its id is the file's name. */
    public static LoadedPolicy read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidPolicyException(file + ": no such policy file. Maybe one of the shipped policies: "
                    + String.join(", ", SHIPPED) + ".");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Object> tree = tree(name, bytes);
            Object base = tree.get("extends");
            if (base != null) {
                if (!tree.keySet().iterator().next().equals("extends")) {
                    throw new InvalidPolicyException(name + ": extends: is the first key of the file.");
                }
                if (!(base instanceof String id) || !SHIPPED.contains(id)) {
                    throw new InvalidPolicyException(name + ": extends: '" + base
                            + "' is not a shipped admission policy. Maybe one of: " + String.join(", ", SHIPPED)
                            + ".");
                }
                Map<String, Object> merged = new LinkedHashMap<>(tree(id + ".yaml", shippedBytes(id)));
                tree.forEach((key, value) -> {
                    if (!key.equals("extends")) {
                        merged.put(key, value);
                    }
                });
                tree = merged;
            }
            return new LoadedPolicy(build(name, name, tree), bytes);
        } catch (IOException e) {
            throw new InvalidPolicyException(e.getMessage(), e);
        }
    }

    /** The bytes of the shipped policy {@code id}, as the commit hashes them. */
    public static byte[] shippedBytes(String id) {
        String resource = "admission/" + id + ".yaml";
        try (InputStream in = AdmissionPolicyReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Shipped policy missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Shipped policy " + resource + " cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(String name, byte[] bytes) throws IOException {
        Object document = YamlTree.read(new ByteArrayInputStream(bytes), name);
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidPolicyException(name + ": the document: expected a map of keys, got " + document);
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new InvalidPolicyException(name + ": " + key + ": keys are names. Maybe put the key in quotes.");
            }
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    private static AdmissionPolicy build(String id, String name, Map<String, Object> tree) {
        for (String key : tree.keySet()) {
            if (!KEYS.contains(key)) {
                throw problem(
                        name, key, "is not a key of an admission policy. Maybe one of: " + String.join(", ", KEYS));
            }
        }
        for (String key : KEYS) {
            if (!tree.containsKey(key)) {
                throw problem(
                        name,
                        key,
                        "is missing. Maybe start the file with 'extends: national' to take the" + " national value");
            }
        }
        List<PriorityClass> classes = new ArrayList<>();
        for (String text : texts(name, "classes", tree.get("classes"))) {
            PriorityClass c = LISTABLE.stream()
                    .filter(p -> p.name().equals(text))
                    .findFirst()
                    .orElseThrow(() -> problem(
                            name,
                            "classes",
                            "'" + text + "' is not a class. Maybe one of: "
                                    + String.join(
                                            ", ",
                                            LISTABLE.stream().map(Enum::name).toList())));
            if (classes.contains(c)) {
                throw problem(name, "classes", "'" + text + "' is listed twice");
            }
            classes.add(c);
        }
        List<String> special = texts(name, "specialPriorities", tree.get("specialPriorities"));
        if (!(tree.get("coordination") instanceof Boolean coordination)) {
            throw problem(name, "coordination", "expected true or false, got " + tree.get("coordination"));
        }
        if (!(tree.get("maxPrivateChoices") instanceof Integer max) || max < 0) {
            throw problem(
                    name, "maxPrivateChoices", "expected a whole number ≥ 0, got " + tree.get("maxPrivateChoices"));
        }
        Object tie = tree.get("tieBreak");
        TieBreak tieBreak;
        if ("SINGLE".equals(tie)) {
            tieBreak = TieBreak.SINGLE;
        } else if ("MULTIPLE".equals(tie)) {
            tieBreak = TieBreak.MULTIPLE;
        } else {
            throw problem(name, "tieBreak", "expected SINGLE or MULTIPLE, got " + tie);
        }
        return new AdmissionPolicy(id, classes, special, coordination, max, tieBreak);
    }

    private static List<String> texts(String name, String key, @Nullable Object value) {
        if (!(value instanceof List<?> list)) {
            throw problem(name, key, "expected a list such as [A, B], got " + value);
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw problem(name, key, "expected codes, got " + item);
            }
            texts.add(s);
        }
        return texts;
    }

    private static InvalidPolicyException problem(String name, String path, String what) {
        return new InvalidPolicyException(name + ": " + path + ": " + what + ".");
    }
}
