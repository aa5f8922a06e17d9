package org.edubalance.app.enrolment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The explanation a parent asks for (docs/planning/admission.md §7), in the page's language: why the child is where it
 * is, then each school of its list down to the placement.
 *
 * @param applicantId the id asked for
 * @param found whether the round has that child; nothing else is filled when not
 * @param why why the child is where it is, as the command and the workbook word it
 * @param steps the schools of an admission round's child's list in order
 * @param lines the further sentences of a quota round's candidate (quota batch, earlier choices); empty otherwise
 */
public record ExplanationView(
        String applicantId, boolean found, @Nullable String why, List<Step> steps, List<String> lines) {

    public ExplanationView {
        steps = List.copyOf(steps);
        lines = List.copyOf(lines);
    }

    static ExplanationView notFound(String applicantId) {
        return new ExplanationView(applicantId, false, null, List.of(), List.of());
    }

    /**
     * One school of the child's list.
     *
     * @param position the position on the list
     * @param school the school's code
     * @param name its name
     * @param priorityClass the child's class there, worded
     * @param lotteryNumber the child's lottery number there
     * @param lastAdmitted the school's last admitted child (class and number), worded; "not filled" when it did not fill
     * @param admitted whether the child was placed here
     */
    public record Step(
            int position,
            String school,
            String name,
            String priorityClass,
            String lotteryNumber,
            String lastAdmitted,
            boolean admitted) {}
}
