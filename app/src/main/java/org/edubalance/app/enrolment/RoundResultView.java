package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.planning.admission.AdmissionResult;
import org.edubalance.planning.admission.AdmissionStatistics;
import org.jspecify.annotations.Nullable;

/**
 * A drawn round's result on its page (docs/planning/admission.md §6 and §8): the counts, the statistics and each school's
 * line, the words already in the page's language.
 *
 * @param summary the round's counts
 * @param statistics the first-choice rate, unplaced children, migrant children in public schools, demand per school
 * @param schools each school's line, by code
 * @param demandChart the chart document of the applicants per seat, read by {@code charts.js}
 */
public record RoundResultView(
        AdmissionResult.Summary summary, AdmissionStatistics statistics, List<SchoolLine> schools, String demandChart) {

    public RoundResultView {
        schools = List.copyOf(schools);
    }

    /**
     * One school of the round.
     *
     * @param code the school
     * @param name its name (the code when the school data do not name it)
     * @param seats places offered
     * @param admitted children placed
     * @param applicants children who asked for a place there
     * @param perSeat applicants per seat, {@code null} without seats
     * @param lastClass the last admitted child's class, worded; {@code null} when the school did not fill
     * @param lastNumber the last admitted child's lottery number, or {@code null}
     */
    public record SchoolLine(
            String code,
            String name,
            int seats,
            int admitted,
            int applicants,
            @Nullable Double perSeat,
            @Nullable String lastClass,
            @Nullable String lastNumber) {}
}
