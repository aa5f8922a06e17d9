package org.edubalance.app.standard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.AssessmentItem;
import org.edubalance.core.standard.Condition;
import org.edubalance.core.standard.CvMode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.ItemPart;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The shipped rule packs, readably; choosing one here (or with {@code ?standard=} anywhere) applies it everywhere. */
@Controller
final class StandardPageController {
    private final StandardChoice choice;

    StandardPageController(StandardChoice choice) {
        this.choice = choice;
    }

    @GetMapping("/standards")
    String standards(HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("current", choice.current(request));
        model.addAttribute(
                "packs",
                StandardCatalogue.shippedIds().stream()
                        .map(id -> view(StandardCatalogue.shipped(id), locale))
                        .toList());
        return "standard/list";
    }

    static StandardView view(Standard standard, Locale locale) {
        List<StandardView.IndicatorRow> indicators = new ArrayList<>();
        for (IndicatorDefinition i : standard.indicators()) {
            Map<Segment, Double> t = i.thresholdBySegment();
            indicators.add(new StandardView.IndicatorRow(
                    i.id(), i.name().in(locale), i.unit().in(locale), t.get(Segment.PRIMARY), t.get(Segment.JUNIOR)));
        }
        SchoolRule rule = standard.schoolRule();
        return new StandardView(
                standard.id(),
                standard.title().in(locale),
                standard.source(),
                standard.version(),
                standard.basedOn(),
                indicators,
                standard.cv().mode() == CvMode.COMPOSITE_MEAN,
                standard.cv().limit(Segment.PRIMARY),
                standard.cv().limit(Segment.JUNIOR),
                rule == null
                        ? null
                        : new StandardView.SchoolRuleRow(
                                rule.minMet(), indicators.size(), Math.round(rule.floorRatio() * 100)),
                scope(standard, locale),
                standard.items().stream().map(item -> item(item, locale)).toList());
    }

    private static String scope(Standard standard, Locale locale) {
        var scope = standard.scope();
        boolean zh = "zh".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        if (!scope.excludedTypes().isEmpty()) {
            parts.add((zh ? "不含学校类型 " : "excludes school types ")
                    + scope.excludedTypes().stream().map(Enum::name).sorted().toList());
        }
        if (scope.minStudentsForTeachingPoint() > 0) {
            parts.add((zh ? "不含学生少于 " : "excludes teaching points under ")
                    + scope.minStudentsForTeachingPoint()
                    + (zh ? " 人的教学点" : " students"));
        }
        parts.add(
                scope.includePrivate()
                        ? (zh ? "含民办学校" : "private schools included")
                        : (zh ? "不含民办学校" : "private schools excluded"));
        return String.join(zh ? "；" : "; ", parts);
    }

    private static StandardView.ItemRow item(AssessmentItem item, Locale locale) {
        ItemPart part = item.part();
        return new StandardView.ItemRow(
                "zh".equals(locale.getLanguage()) ? part.chineseName() : part.englishName(),
                item.name().in(locale),
                item.conditions().stream()
                        .map(StandardPageController::condition)
                        .toList());
    }

    /** A condition as a formula over the county inputs' ids, the names the county-inputs file uses. */
    static String condition(Condition condition) {
        return switch (condition) {
            case Condition.InputAtLeast c -> c.input() + " ≥ " + number(c.min());
            case Condition.InputBelow c -> c.input() + (c.inclusive() ? " ≤ " : " < ") + number(c.max());
            case Condition.InputNotBelowInput c -> c.input() + " ≥ " + c.reference();
            case Condition.InputRatioAtLeast c -> c.numerator() + " ÷ " + c.denominator() + " ≥ " + number(c.min());
            case Condition.FlagIs c -> c.input() + " = " + c.expected();
            case Condition.SchoolCheck c -> {
                List<String> parameters = new ArrayList<>();
                new TreeMap<>(c.parameters()).forEach((k, v) -> parameters.add(k + " = " + number(v)));
                yield c.kind().name() + " (" + String.join(", ", parameters) + ")";
            }
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
