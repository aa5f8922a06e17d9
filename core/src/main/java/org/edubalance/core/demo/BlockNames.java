package org.edubalance.core.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names demo blocks as families know them: 小区 names such as 阳光花园二期 or 锦绣苑东区 in the county seat and the towns,
 * village groups such as 李家村三组 in the countryside; unique within one namer (one county).
 */
final class BlockNames {
    private static final List<String> ESTATE_STEMS = List.of(
            "阳光", "锦绣", "翠湖", "金色", "御景", "幸福", "和谐", "康乐", "紫薇", "丽景", "盛世", "名都", "绿洲", "书香", "滨江", "凤凰", "世纪", "东方",
            "文昌", "建设", "兴华", "春晖", "怡景", "嘉禾", "碧水", "天骄", "富强", "龙湾", "银河", "桂园", "香樟", "锦江", "泰和", "惠民", "祥和", "枫林");
    private static final List<String> ESTATE_ENDINGS =
            List.of("花园", "苑", "小区", "家园", "新城", "华庭", "名苑", "雅居", "公寓", "山庄", "府", "佳园", "新村");
    private static final List<String> PARTS = List.of("", "", "", "一期", "二期", "三期", "东区", "西区", "南区", "北区");

    private final RandomDraws draws;
    private final PlaceNames places;
    private final Set<String> used = new HashSet<>();
    private final List<String> villages = new java.util.ArrayList<>();

    BlockNames(RandomDraws draws) {
        this.draws = draws;
        this.places = new PlaceNames(draws);
    }

    /** A new name for a block of {@code kind}. */
    String next(BlockKind kind) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = kind == BlockKind.URBAN || kind == BlockKind.TOWN && draws.chance(0.6)
                    ? draws.pick(ESTATE_STEMS) + draws.pick(ESTATE_ENDINGS) + draws.pick(PARTS)
                    : village() + "村"
                            + (draws.chance(0.8) ? PlaceNames.chineseNumber(draws.uniformInt(1, 12)) + "组" : "");
            if (used.add(name)) {
                return name;
            }
        }
        // Twenty draws all taken: a later phase (期) of an estate.
        String estate = draws.pick(ESTATE_STEMS) + draws.pick(ESTATE_ENDINGS);
        for (int phase = 4; ; phase++) {
            String name = estate + (phase <= 99 ? PlaceNames.chineseNumber(phase) + "期" : "第" + phase + "期");
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** A village's stem: often one named before, whose next group (组) this block is. */
    private String village() {
        if (!villages.isEmpty() && draws.chance(0.6)) {
            return draws.pick(villages);
        }
        String stem = places.villageStem();
        villages.add(stem);
        return stem;
    }
}
