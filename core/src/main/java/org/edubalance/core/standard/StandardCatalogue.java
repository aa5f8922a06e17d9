package org.edubalance.core.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shipped rule packs and user packs that extend them.
 *
 * <p>A pack may name a base pack in {@code "extends"}; the two documents are merged before reading: objects
 * merge key by key, lists of objects with an {@code "id"} merge element by id (an element with a new id is
 * appended), other values replace the base's. So a provincial variant states only what it changes.
 */
public final class StandardCatalogue {
    /** The id of the default pack. */
    public static final String DEFAULT_ID = "cn-2017-quality";

    private static final List<String> SHIPPED = List.of("cn-2017-quality", "cn-2012-basic", "hebei-2017-quality");
    private static final String RESOURCE_DIR = "/org/edubalance/core/standard/packs/";

    private StandardCatalogue() {}

    /** The ids of the packs shipped with EduBalance. */
    public static List<String> shippedIds() {
        return SHIPPED;
    }

    /** The shipped pack {@code id}. */
    public static Standard shipped(String id) {
        return new StandardPackReader(id).read(mergedShipped(id, new HashSet<>()));
    }

    /**
     * A shipped pack by id, or a user pack file (JSON) by path.
     *
     * @throws InvalidStandardPackException when the id is unknown, the file unreadable or the pack invalid
     */
    public static Standard load(String idOrPath) {
        if (SHIPPED.contains(idOrPath)) {
            return shipped(idOrPath);
        }
        Path path = Path.of(idOrPath);
        if (!Files.isRegularFile(path)) {
            throw new InvalidStandardPackException(
                    idOrPath,
                    "standard",
                    "is neither a shipped pack nor a readable file. Maybe use one of " + String.join(", ", SHIPPED));
        }
        return fromFile(path);
    }

    /** A user pack file, merged over its base when it names one. */
    public static Standard fromFile(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidStandardPackException(path.toString(), "file", "cannot be read: " + e.getMessage());
        }
        Map<String, @Nullable Object> doc = asMap(PackDocument.parse(text, path.toString()), path.toString());
        return new StandardPackReader(path.toString()).read(resolve(doc, path.toString(), new HashSet<>()));
    }

    private static Map<String, @Nullable Object> mergedShipped(String id, Set<String> seen) {
        String resource = RESOURCE_DIR + id + ".json";
        Map<String, @Nullable Object> doc = asMap(PackDocument.parse(readResource(resource, id), id + ".json"), id);
        return resolve(doc, id + ".json", seen);
    }

    private static Map<String, @Nullable Object> resolve(
            Map<String, @Nullable Object> doc, String origin, Set<String> seen) {
        Object base = doc.get("extends");
        if (base == null) {
            return doc;
        }
        if (!(base instanceof String baseId) || !SHIPPED.contains(baseId)) {
            throw new InvalidStandardPackException(
                    origin,
                    "extends",
                    "names no shipped pack: " + base + ". Maybe use one of " + String.join(", ", SHIPPED));
        }
        if (!seen.add(baseId)) {
            throw new InvalidStandardPackException(origin, "extends", "packs extend each other in a cycle");
        }
        return merge(mergedShipped(baseId, seen), doc);
    }

    @SuppressWarnings("unchecked")
    static Map<String, @Nullable Object> merge(
            Map<String, @Nullable Object> base, Map<String, @Nullable Object> override) {
        Map<String, @Nullable Object> merged = new LinkedHashMap<>(base);
        for (Map.Entry<String, @Nullable Object> e : override.entrySet()) {
            Object old = merged.get(e.getKey());
            Object value = e.getValue();
            if (old instanceof Map<?, ?> oldMap && value instanceof Map<?, ?> newMap) {
                merged.put(e.getKey(), merge((Map<String, @Nullable Object>) oldMap, (Map<String, @Nullable Object>)
                        newMap));
            } else if (old instanceof List<?> oldList && value instanceof List<?> newList && isIdList(newList)) {
                merged.put(e.getKey(), mergeById((List<@Nullable Object>) oldList, (List<@Nullable Object>) newList));
            } else {
                merged.put(e.getKey(), value);
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static List<@Nullable Object> mergeById(List<@Nullable Object> base, List<@Nullable Object> override) {
        List<@Nullable Object> merged = new ArrayList<>(base);
        for (Object o : override) {
            Map<String, @Nullable Object> element = (Map<String, @Nullable Object>) o;
            Object id = element.get("id");
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i) instanceof Map<?, ?> m && id.equals(m.get("id"))) {
                    at = i;
                }
            }
            if (at < 0) {
                merged.add(element);
            } else if (Boolean.TRUE.equals(element.get("remove"))) {
                merged.remove(at);
            } else {
                merged.set(at, merge((Map<String, @Nullable Object>) merged.get(at), element));
            }
        }
        merged.removeIf(o -> o instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("remove")));
        return merged;
    }

    private static boolean isIdList(List<?> list) {
        return !list.isEmpty()
                && list.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("id") instanceof String);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> asMap(Object doc, String origin) {
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InvalidStandardPackException(origin, "(document)", "a pack is a JSON object");
        }
        return (Map<String, @Nullable Object>) map;
    }

    private static String readResource(String resource, String id) {
        try (InputStream in = StandardCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidStandardPackException(id, "id", "no shipped pack has this id");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
