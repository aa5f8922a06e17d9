package org.edubalance.report.selfevaluation;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.evaluation.Verdict;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.ItemPart;
import org.edubalance.core.standard.LocalizedText;
import org.edubalance.core.standard.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The report's words in one language: Chinese for a {@code zh} locale, English otherwise, from
 * {@code labels.properties} and {@code labels_zh.properties}, never falling back to the machine's locale.
 */
final class Labels {
    private final Locale locale;
    private final ResourceBundle bundle;

    Labels(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        this.locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.selfevaluation.labels",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The label {@code key}, formatted with {@code args} ({@link String#format} syntax, locale-neutral numbers). */
    String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    String of(LocalizedText text) {
        return text.in(locale);
    }

    String segment(Segment segment) {
        return text("segment." + segment.name());
    }

    String verdict(Verdict verdict) {
        return text("verdict." + verdict.name());
    }

    String status(ItemStatus status) {
        return text("status." + status.name());
    }

    String location(Location location) {
        return text("location." + location.name());
    }

    String part(ItemPart part) {
        return text("part." + part.name());
    }

    String unit(Quantity quantity) {
        return text("unit." + quantity.unit());
    }

    String pass(boolean pass) {
        return text(pass ? "pass" : "fail");
    }

    /** Yes, no, or a dash when there is no answer. */
    String yesNo(@Nullable Boolean value) {
        return value == null ? text("none") : text(value ? "yes" : "no");
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
}
