package org.edubalance.app.pairingrecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.app.evaluation.EvaluationService;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairingrecord.FollowUp;
import org.edubalance.core.pairingrecord.Pairing;
import org.edubalance.core.pairingrecord.PairingFollowUp;
import org.edubalance.core.pairingrecord.SegmentObservation;
import org.edubalance.core.region.County;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.StandardCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The follow-up of a county's pairings (docs/planning/pairing-records.md §3): the county's school segments of every
 * held year as the evaluation engine values them under the 2017 national standard (its seven resource indicators and
 * its per-school rule), handed to {@link PairingFollowUp}. The evaluations are the engine's cached ones; the
 * follow-up itself is computed on each request, as pairings change without the school data changing.
 */
@Component
final class PairingFollowUps {
    /** The follow-up measures against the 2017 national standard, whatever standard a page shows. */
    static final String STANDARD = StandardCatalogue.DEFAULT_ID;

    private final PairingService pairings;
    private final EvaluationService evaluations;

    PairingFollowUps(PairingService pairings, EvaluationService evaluations) {
        this.pairings = pairings;
        this.evaluations = evaluations;
    }

    /** The follow-up of {@code county}'s pairings started in {@code startYear} (a sensible default when null). */
    FollowUpView view(County county, @Nullable Integer startYear, Locale locale) {
        List<Pairing> all = pairings.pairings(county.code());
        List<Integer> starts = all.stream()
                .map(Pairing::startYear)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        List<Integer> years = evaluations.years();
        List<SegmentObservation> observations = new ArrayList<>();
        List<IndicatorDefinition> indicators = List.of();
        for (int year : years) {
            Evaluation evaluation = evaluations
                    .evaluateCountyIfHeld(county.code(), year, STANDARD)
                    .orElse(null);
            if (evaluation != null) {
                indicators = evaluation.standard().indicators();
                evaluation.schools().forEach(s -> observations.add(observation(s)));
            }
        }
        List<FollowUpView.Indicator> named = indicators.stream()
                .map(i -> new FollowUpView.Indicator(
                        i.id(), i.name().in(locale), i.unit().in(locale)))
                .toList();
        if (starts.isEmpty()) {
            return new FollowUpView(county.code().value(), county.name(), starts, null, List.of(), named);
        }
        // A year asked for without pairings is answered as such (NO_PAIRINGS), not swapped for another.
        int chosen = startYear != null ? startYear : defaultStart(starts, years);
        FollowUp followUp = new PairingFollowUp(all, pairings.groups(county.code()), observations)
                .of(chosen, named.stream().map(FollowUpView.Indicator::id).toList());
        var chart = new FollowUpChart(named);
        List<String> charts = followUp.strata().stream().map(chart::draw).toList();
        return new FollowUpView(county.code().value(), county.name(), starts, followUp, charts, named);
    }

    /** The newest start year some later year of data can follow, else the newest. */
    private static int defaultStart(List<Integer> starts, List<Integer> years) {
        int latest = years.stream().max(Integer::compare).orElse(Integer.MIN_VALUE);
        return starts.stream().filter(s -> s < latest).findFirst().orElse(starts.getFirst());
    }

    private static SegmentObservation observation(SchoolEvaluation s) {
        Map<String, Double> values = new HashMap<>();
        for (IndicatorScore score : s.scores()) {
            values.put(score.indicatorId(), score.value());
        }
        return new SegmentObservation(
                s.school().code(),
                s.segment(),
                s.school().location(),
                s.school().year(),
                values,
                Boolean.FALSE.equals(s.compliant()));
    }
}
