package org.edubalance.core.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes up town (乡镇) and village (村) names from common place-name characters, unique within one namer. */
final class PlaceNames {
    private static final List<String> SYLLABLES = List.of(
            "东", "西", "南", "北", "清", "安", "平", "河", "山", "石", "柳", "桥", "新", "和", "兴", "龙", "凤", "白", "马", "青", "杨",
            "林", "黄", "花", "高", "长", "永", "丰", "宁", "阳", "泉", "溪", "湖", "沙", "坪", "岭", "桃", "松", "云", "金", "水", "古",
            "双", "三", "大", "小", "官", "柏", "梅", "竹");
    private static final List<String> SURNAMES =
            List.of("李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> VILLAGE_ENDINGS = List.of("家", "庄", "营", "寨", "湾", "店");

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final RandomDraws draws;
    private final Set<String> used = new HashSet<>();

    PlaceNames(RandomDraws draws) {
        this.draws = draws;
    }

    /** A new two-character place stem such as 清河, never repeated by this namer. */
    String stem() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String stem = draws.pick(SYLLABLES) + draws.pick(SYLLABLES);
            if (stem.charAt(0) != stem.charAt(1) && used.add(stem)) {
                return stem;
            }
        }
        for (String first : SYLLABLES) {
            for (String second : SYLLABLES) {
                if (!first.equals(second) && used.add(first + second)) {
                    return first + second;
                }
            }
        }
        throw new IllegalStateException("All " + used.size() + " place stems are taken");
    }

    /** A new village name stem such as 李家 or 松坪, never repeated by this namer. */
    String villageStem() {
        if (draws.chance(0.5)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String stem = draws.pick(SURNAMES) + draws.pick(VILLAGE_ENDINGS);
                if (used.add(stem)) {
                    return stem;
                }
            }
        }
        return stem();
    }

    /** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五, for 1–99. */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Only 1–99 are spelled, got " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + DIGITS[n % 10];
    }
}
