package org.edubalance.dataimport.school;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.dataimport.HeaderMapping;
import org.jspecify.annotations.Nullable;

/**
 * The values the enumerated columns accept: each constant's English id (any case), its Chinese name in the core enum
 * (九年一贯制学校…), the Chinese names of docs/data-formats.md §1 (九年一贯制…) and a few spellings bureaus commonly use
 * (初中, 农村, 特殊教育…).
 */
final class SchoolVocabulary {
    private static final Map<String, SchoolType> TYPE_BY_NAME = names(
            SchoolType.class,
            SchoolType::chineseName,
            Map.of(
                    "小学", SchoolType.PRIMARY,
                    "初级中学", SchoolType.JUNIOR,
                    "初中", SchoolType.JUNIOR,
                    "九年一贯制", SchoolType.NINE_YEAR,
                    "十二年一贯制", SchoolType.TWELVE_YEAR,
                    "完全中学", SchoolType.COMPLETE_SECONDARY,
                    "教学点", SchoolType.TEACHING_POINT,
                    "小学教学点", SchoolType.TEACHING_POINT,
                    "特殊教育学校", SchoolType.SPECIAL_EDUCATION,
                    "特殊教育", SchoolType.SPECIAL_EDUCATION));
    private static final Map<String, Location> LOCATION_BY_NAME = names(
            Location.class,
            Location::chineseName,
            Map.of("城区", Location.URBAN, "镇区", Location.TOWN, "乡村", Location.RURAL, "农村", Location.RURAL));
    private static final Map<String, Ownership> OWNERSHIP_BY_NAME =
            names(Ownership.class, Ownership::chineseName, Map.of("公办", Ownership.PUBLIC, "民办", Ownership.PRIVATE));

    private SchoolVocabulary() {}

    static @Nullable SchoolType schoolType(String text) {
        return lookup(TYPE_BY_NAME, text);
    }

    static @Nullable Location location(String text) {
        return lookup(LOCATION_BY_NAME, text);
    }

    static @Nullable Ownership ownership(String text) {
        return lookup(OWNERSHIP_BY_NAME, text);
    }

    /** The accepted values of {@code column}, for hints. */
    static String accepted(SchoolColumn column) {
        return switch (column) {
            case SCHOOL_TYPE ->
                "PRIMARY 小学, JUNIOR 初级中学, NINE_YEAR 九年一贯制, TWELVE_YEAR 十二年一贯制, COMPLETE_SECONDARY 完全中学,"
                        + " TEACHING_POINT 教学点, SPECIAL_EDUCATION 特殊教育学校";
            case LOCATION -> "URBAN 城区, TOWN 镇区, RURAL 乡村";
            case OWNERSHIP -> "PUBLIC 公办, PRIVATE 民办";
            default -> throw new IllegalArgumentException(column + " is not an enumerated column");
        };
    }

    /** Most cells are written exactly as an accepted value, so the costlier normalisation runs only for the rest. */
    private static <E> @Nullable E lookup(Map<String, E> byName, String text) {
        E exact = byName.get(text);
        return exact != null ? exact : byName.get(key(text));
    }

    private static String key(String text) {
        return HeaderMapping.normalize(text);
    }

    private static <E extends Enum<E>> Map<String, E> names(
            Class<E> type, Function<E, String> chineseName, Map<String, E> aliases) {
        Map<String, E> byName = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
            byName.put(key(constant.name()), constant);
            byName.put(chineseName.apply(constant), constant);
            byName.put(key(chineseName.apply(constant)), constant);
        }
        aliases.forEach((name, constant) -> {
            byName.put(name, constant);
            byName.put(key(name), constant);
        });
        return Map.copyOf(byName);
    }
}
