package org.edubalance.core.standard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.edubalance.core.school.Segment;

/**
 * One resource indicator of a rule pack: {@code value = per × (Σ added − Σ deducted) / students}.
 *
 * <p>Example (2017 R5, sports area per student): added = sports ground + indoor sports area, per = 1, unit m²
 * per student, thresholds 7.5 (primary) and 10.2 (junior).
 *
 * @param id the stable indicator id used in files and JSON (docs/data-formats.md §2)
 * @param name the indicator's name
 * @param per 100 for "per 100 students" indicators, 1 for "per student"
 * @param added quantities summed into the numerator
 * @param deducted quantities subtracted from the numerator (e.g. indoor sports area when a pack deducts it from
 *     R4)
 * @param unit the unit of the value, e.g. "m² per student"
 * @param thresholdBySegment the per-school standard for each segment; empty when the pack tests only the CV (2012)
 */
public record IndicatorDefinition(
        String id,
        LocalizedText name,
        double per,
        List<Quantity> added,
        List<Quantity> deducted,
        LocalizedText unit,
        Map<Segment, Double> thresholdBySegment) {

    public IndicatorDefinition {
        added = List.copyOf(added);
        deducted = List.copyOf(deducted);
        thresholdBySegment = thresholdBySegment.isEmpty() ? Map.of() : new EnumMap<>(thresholdBySegment);
        if (added.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + id + " adds no quantity");
        }
        if (!(per > 0)) {
            throw new IllegalArgumentException("Indicator " + id + " has per = " + per);
        }
    }

    /** The standard for {@code segment}, or empty when the pack sets none. */
    public OptionalDouble threshold(Segment segment) {
        Double t = thresholdBySegment.get(segment);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    /**
     * The standard for {@code segment}, or NaN when the pack sets none: {@link #threshold} without an object per call,
     * for the per-school loop that runs for every school and indicator.
     */
    public double thresholdOrNaN(Segment segment) {
        Double t = thresholdBySegment.get(segment);
        return t == null ? Double.NaN : t;
    }

    /**
     * The quantity a school would add to close a shortfall: the first added one (teachers of the kind counted,
     * m² of floor, yuan of equipment, rooms).
     */
    public Quantity gapQuantity() {
        return added.getFirst();
    }

    @Override
    public Map<Segment, Double> thresholdBySegment() {
        return Map.copyOf(thresholdBySegment);
    }
}
