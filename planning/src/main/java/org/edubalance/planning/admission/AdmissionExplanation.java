package org.edubalance.planning.admission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.AdmissionRound;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/**
 * What a parent asks (docs/planning/admission.md §7): for each school of the child's list down to the one that took
 * it (the whole list when none did), the child's class and lottery number there and the school's last admitted child;
 * and why this school. Codes and figures only; the report module words them.
 *
 * @param applicantId the child
 * @param steps the schools of the list in order, down to the placement
 * @param why why the child is where it is
 */
public record AdmissionExplanation(String applicantId, List<Step> steps, Why why) {

    public AdmissionExplanation {
        steps = List.copyOf(steps);
    }

    /** Why the child is where it is. */
    public enum Why {
        /** Placed at the first school of its list. */
        FIRST,
        /** Placed further down: every school above filled with children ranked higher. */
        ABOVE_FULL,
        /** Unplaced: every school of the list filled with children ranked higher. */
        UNPLACED
    }

    /**
     * One school of the list.
     *
     * @param position 1-based position on the list
     * @param school the school
     * @param priorityClass the child's class there
     * @param lotteryNumber the child's number there
     * @param lastAdmitted the school's lowest-ranked admitted child when it filled, else {@code null}
     * @param admitted whether the child was placed here
     */
    public record Step(
            int position,
            SchoolCode school,
            PriorityClass priorityClass,
            String lotteryNumber,
            @Nullable Ranked lastAdmitted,
            boolean admitted) {}

    /** The explanation for {@code applicantId} in {@code result} of {@code round}. */
    public static AdmissionExplanation explain(AdmissionRound round, AdmissionResult result, String applicantId) {
        return explain(round, result, List.of(applicantId)).getFirst();
    }

    /**
     * The explanations for {@code applicantIds}, in their order, from one index of the round (a province's takes a
     * second to build).
     *
     * @throws IllegalArgumentException naming the first id that is not an applicant of the round
     */
    public static List<AdmissionExplanation> explain(
            AdmissionRound round, AdmissionResult result, List<String> applicantIds) {
        var index = new RoundIndex(round);
        Map<String, Integer> rows = new HashMap<>();
        for (String id : applicantIds) {
            rows.put(id, -1);
        }
        for (int c = 0; c < index.childCount; c++) {
            rows.replace(index.children[c].id(), -1, c);
        }
        for (String id : applicantIds) {
            if (rows.get(id) < 0) {
                throw new IllegalArgumentException("No applicant '" + id + "' in the round");
            }
        }
        Map<String, SchoolLine> lines = new HashMap<>();
        result.schools().forEach(s -> lines.put(s.code().value(), s));
        LotteryV1.Draw draw =
                LotteryV1.draw(result.lottery().commit(), result.lottery().publicValue());
        var rule = new PreferenceListRule(index);
        List<AdmissionExplanation> explanations = new ArrayList<>(applicantIds.size());
        for (String applicantId : applicantIds) {
            int child = rows.get(applicantId);
            Assignment placed = result.assignments().get(child);
            int[] list = rule.fullList(child);
            int last = placed.choiceRank() == null ? list.length : placed.choiceRank();
            List<Step> steps = new ArrayList<>();
            for (int p = 0; p < last && p < list.length; p++) {
                int s = list[p];
                SchoolCode code = index.codes[s];
                String number = round.policy().tieBreak() == TieBreak.SINGLE
                        ? draw.number(applicantId)
                        : draw.number(code.value() + "|" + applicantId);
                steps.add(new Step(
                        p + 1,
                        code,
                        index.priorityClass(index.classOrder(child, s), s),
                        number,
                        lines.get(code.value()).lastAdmitted(),
                        placed.school() != null && p + 1 == placed.choiceRank()));
            }
            Why why = placed.school() == null ? Why.UNPLACED : placed.choiceRank() == 1 ? Why.FIRST : Why.ABOVE_FULL;
            explanations.add(new AdmissionExplanation(applicantId, steps, why));
        }
        return explanations;
    }
}
