package org.edubalance.dataimport.staff;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.edubalance.dataimport.HeaderMapping;
import org.jspecify.annotations.Nullable;

/**
 * The values an enumerated roster column accepts: each constant's English id (any case) and its Chinese name, plus
 * the spellings bureaus commonly use (大专, 中师, 高级…).
 */
final class TeacherVocabulary<E extends Enum<E>> {
    private final Map<String, E> byName = new HashMap<>();
    private final String accepted;

    TeacherVocabulary(Class<E> type, Function<E, String> chineseName, Map<String, E> aliases) {
        var list = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            add(constant.name(), constant);
            add(chineseName.apply(constant), constant);
            for (String part : chineseName.apply(constant).split("/")) {
                add(part, constant);
            }
            list.append(list.isEmpty() ? "" : ", ")
                    .append(constant.name())
                    .append(' ')
                    .append(chineseName.apply(constant));
        }
        aliases.forEach(this::add);
        this.accepted = list.toString();
    }

    private void add(String name, E constant) {
        byName.put(HeaderMapping.normalize(name), constant);
    }

    @Nullable
    E lookup(String text) {
        return byName.get(HeaderMapping.normalize(text));
    }

    /** The accepted values, for the hint of an unknown one. */
    String accepted() {
        return accepted;
    }
}
