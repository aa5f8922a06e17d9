package org.edubalance.core.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the values of a pack document (maps and lists from {@link PackDocument}), each failure an
 * {@link InvalidStandardPackException} naming the key path and the problem.
 */
final class PackValues {
    private final String origin;

    PackValues(String origin) {
        this.origin = origin;
    }

    void rejectUnknownKeys(Map<String, @Nullable Object> map, String prefix, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw error(
                        prefix + key,
                        "unknown key; known keys here: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    LocalizedText localized(Map<String, @Nullable Object> map, String key, String path) {
        Map<String, @Nullable Object> t = object(map, key, path);
        return new LocalizedText(text(t, "zh", path + ".zh"), text(t, "en", path + ".en"));
    }

    String text(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof String s) || s.isBlank()) {
            throw error(path, "expected non-blank text, got " + describe(v));
        }
        return s;
    }

    @Nullable
    String optionalText(Map<String, @Nullable Object> map, String key) {
        return map.get(key) == null ? null : text(map, key, key);
    }

    double number(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof Double d)) {
            throw error(path, "expected a number, got " + describe(v));
        }
        return d;
    }

    double positive(Map<String, @Nullable Object> map, String key, String path) {
        double d = number(map, key, path);
        if (!(d > 0)) {
            throw error(path, "must be greater than 0, got " + d);
        }
        return d;
    }

    boolean bool(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof Boolean b)) {
            throw error(path, "expected true or false, got " + describe(v));
        }
        return b;
    }

    Map<String, @Nullable Object> object(Map<String, @Nullable Object> map, String key, String path) {
        return asObject(required(map, key, path), path);
    }

    List<@Nullable Object> list(Map<String, @Nullable Object> map, String key, String path) {
        Object v = required(map, key, path);
        if (!(v instanceof List<?> l)) {
            throw error(path, "expected a list, got " + describe(v));
        }
        @SuppressWarnings("unchecked")
        List<@Nullable Object> cast = (List<@Nullable Object>) l;
        return cast;
    }

    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> asObject(@Nullable Object v, String path) {
        if (!(v instanceof Map<?, ?> m)) {
            throw error(path, "expected an object, got " + describe(v));
        }
        return (Map<String, @Nullable Object>) m;
    }

    Object required(Map<String, @Nullable Object> map, String key, String path) {
        Object v = map.get(key);
        if (v == null) {
            throw error(path, "is missing");
        }
        return v;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, @Nullable Object raw, String path) {
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

    InvalidStandardPackException error(String key, String problem) {
        return new InvalidStandardPackException(origin, key, problem);
    }
}
