package org.edubalance.report.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.planning.admission.AdmissionExplanation;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.jspecify.annotations.Nullable;

/**
 * An admission round's words in one language: Chinese for a {@code zh} locale, English otherwise, from {@code
 * admission.properties} and {@code admission_zh.properties}, never falling back to the machine's locale. The planner
 * reports codes and figures; this words them for the workbook, the command line and the pages.
 */
public final class AdmissionWording {
    private final ResourceBundle bundle;

    public AdmissionWording(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.admission",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label {@code key}, formatted with {@code args} ({@link String#format} syntax, locale-neutral numbers). */
    public String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    /** The explanation for a parent: one line for why, then one per school of the list. */
    public List<String> explain(AdmissionExplanation explanation) {
        List<String> lines = new ArrayList<>();
        int position = explanation.steps().isEmpty()
                ? 0
                : explanation.steps().getLast().position();
        lines.add(text("why." + explanation.why().name(), position));
        for (AdmissionExplanation.Step step : explanation.steps()) {
            Ranked last = step.lastAdmitted();
            lines.add(text(
                    "step",
                    step.position(),
                    step.school().value(),
                    priorityClass(step.priorityClass()),
                    step.lotteryNumber(),
                    last == null
                            ? text("notFilled")
                            : text("lastAdmitted", priorityClass(last.priorityClass()), last.lotteryNumber()),
                    text(step.admitted() ? "step.admitted" : "step.ranked")));
        }
        return lines;
    }

    /** The class in words; a dash for none. */
    public String priorityClass(@Nullable PriorityClass c) {
        return c == null ? "—" : text("class." + c.name());
    }
}
