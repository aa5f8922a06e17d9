package org.edubalance.report.equity;

import java.util.Locale;
import java.util.StringJoiner;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.evaluation.Verdict;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.LocalizedText;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.wording.FindingWords;
import org.jspecify.annotations.Nullable;

/**
 * The words of the report in the reader's language: Chinese for a {@code zh} locale, English otherwise. The official
 * forms (表Ⅱ-2, 表Ⅲ) do not use this choice: they are always Chinese with English notes.
 */
final class Wording {
    static final String YES = "是";
    static final String NO = "否";

    private final boolean chinese;

    Wording(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
    }

    /** The words for the evaluation's findings, in the same language. */
    FindingWords findings(Standard standard) {
        return FindingWords.of(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH, standard);
    }

    String pick(String zh, String en) {
        return chinese ? zh : en;
    }

    String of(LocalizedText text) {
        return chinese ? text.zh() : text.en();
    }

    String segment(Segment segment) {
        return pick(segment.chineseName(), segment.englishName());
    }

    String verdict(Verdict verdict) {
        return switch (verdict) {
            case MET -> pick("达标", "Met");
            case NOT_MET -> pick("未达标", "Not met");
            case INCOMPLETE -> pick("材料不全", "Incomplete");
        };
    }

    String status(ItemStatus status) {
        return switch (status) {
            case MET -> pick("达标", "Met");
            case NOT_MET -> pick("未达标", "Not met");
            case MISSING -> pick("缺少材料", "Input missing");
        };
    }

    String pass(boolean pass) {
        return pick(pass ? "通过" : "未通过", pass ? "Pass" : "Fail");
    }

    /** The unit a shortfall of {@code quantity} is counted in. */
    String unit(Quantity quantity) {
        return switch (quantity.unit()) {
            case "teachers" -> pick("人", "teachers");
            case "m²" -> pick("平方米", "m²");
            case "yuan" -> pick("元", "yuan");
            case "rooms" -> pick("间", "rooms");
            case "computers" -> pick("台", "computers");
            case "books" -> pick("册", "books");
            default -> quantity.unit();
        };
    }

    /** What a school would add to close a shortfall of {@code quantity}. */
    String quantity(Quantity quantity) {
        if (chinese) {
            return quantity.chineseName();
        }
        return quantity.englishName();
    }

    /**
     * The English note under an indicator's Chinese header: its English name, followed by the unit of its numerator
     * when the name does not already say it (e.g. "Teaching equipment value per student (yuan)").
     */
    static String englishNote(IndicatorDefinition indicator) {
        String name = indicator.name().en();
        String unit = indicator.unit().en();
        int per = unit.indexOf(" per ");
        String numerator = per < 0 ? unit : unit.substring(0, per);
        return name.toLowerCase(Locale.ROOT).contains(numerator.toLowerCase(Locale.ROOT))
                ? name
                : name + " (" + numerator + ")";
    }

    /** 是 / 否, or {@code —} when there is no answer. */
    static String yesNo(@Nullable Boolean value) {
        return value == null ? ReportCell.NOT_AVAILABLE : value ? YES : NO;
    }

    /** A county as forms head it: province, city and county names, then the division code in brackets. */
    static String county(County county) {
        StringJoiner names = new StringJoiner(" ");
        for (@Nullable String name : new @Nullable String[] {county.provinceName(), county.cityName()}) {
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        names.add(county.name());
        return names + "（" + county.code() + "）";
    }

    /** The standard and the school year, in both languages, for a title row. */
    static String standardLine(Standard standard, int year) {
        return "评估标准：" + standard.title().zh() + "（" + standard.source() + "）；" + year + "–" + (year + 1)
                + "学年  ·  Standard: " + standard.title().en() + " (" + standard.id() + "); school year " + year + "–"
                + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    }
}
