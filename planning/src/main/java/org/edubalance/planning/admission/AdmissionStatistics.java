package org.edubalance.planning.admission;

import java.util.List;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.admission.AdmissionResult.Summary;
import org.jspecify.annotations.Nullable;

/**
 * The round's statistics (docs/planning/admission.md §8), from a result: the share placed at their first choice, the
 * unplaced children, the share of migrant children placed in public schools (the figure the 2017 standard's migrant
 * indicator asks for) and each school's applicants per seat.
 *
 * @param applicants children in the round
 * @param firstChoiceRate children placed at their first choice ÷ children; {@code null} without children
 * @param unplaced children without a school
 * @param migrantPublicRate migrant children placed at a public school ÷ migrant children; {@code null} without any
 * @param oversubscribed schools with more applicants than seats
 * @param schools each school's applicants per seat, by code
 */
public record AdmissionStatistics(
        int applicants,
        @Nullable Double firstChoiceRate,
        int unplaced,
        @Nullable Double migrantPublicRate,
        int oversubscribed,
        List<Oversubscription> schools) {

    public AdmissionStatistics {
        schools = List.copyOf(schools);
    }

    /** A school's demand: applicants (children who proposed to it) per seat; {@code null} for a school without seats. */
    public record Oversubscription(
            String code,
            int seats,
            int applicants,
            @Nullable Double perSeat) {}

    /** The statistics of {@code result}. */
    public static AdmissionStatistics of(AdmissionResult result) {
        Summary s = result.summary();
        List<Oversubscription> schools =
                result.schools().stream().map(AdmissionStatistics::of).toList();
        int over = (int) schools.stream()
                .filter(o -> o.perSeat() != null && o.perSeat() > 1)
                .count();
        return new AdmissionStatistics(
                s.applicants(),
                rate(s.firstChoice(), s.applicants()),
                s.unplaced(),
                rate(s.migrantPlacedPublic(), s.migrantApplicants()),
                over,
                schools);
    }

    private static Oversubscription of(SchoolLine line) {
        return new Oversubscription(line.code().value(), line.seats(), line.applicants(), line.oversubscription());
    }

    private static @Nullable Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
