package org.edubalance.cli.data;

import java.util.List;
import org.edubalance.core.standard.Standard;

/**
 * What the one-line-per-county summary of {@code evaluate} shows, evaluated county by county while the school file was
 * read ({@link EvaluationDataImporter#loadForSummary}): the county results, not the schools'.
 *
 * @param standard the rule pack applied
 * @param year the school year evaluated
 * @param counties the county summaries in county-code order, as {@code Evaluation#counties()}
 * @param excludedSchools how many schools the pack's scope left out
 * @param importedNanos {@link System#nanoTime} when the school file was imported (and its counties evaluated)
 * @param inputsReadNanos {@link System#nanoTime} when the county inputs were read too
 */
public record CountySummaries(
        Standard standard,
        int year,
        List<CountySummary> counties,
        int excludedSchools,
        long importedNanos,
        long inputsReadNanos) {
    public CountySummaries {
        counties = List.copyOf(counties);
    }
}
