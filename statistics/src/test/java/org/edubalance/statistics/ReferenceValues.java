package org.edubalance.statistics;

import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;

/**
 * Reads the reference fixtures of {@code src/test/resources/org/edubalance/statistics/reference/}: the datasets and
 * the expected values that {@code reference_values.py} computed with exact arithmetic (see the README there).
 */
public final class ReferenceValues {

    /** Tolerance for values from the script: relative 1e-12, absolute 1e-12 below magnitude 1. */
    public static final double TOLERANCE = 1e-12;

    private static final List<String[]> DATASET_ROWS = read("reference/datasets.csv");
    private static final Map<String, Double> EXPECTED = expectedByKey(read("reference/expected.csv"));

    private ReferenceValues() {}

    /** The names of all reference datasets, in file order. */
    public static Stream<String> datasets() {
        return DATASET_ROWS.stream().map(row -> row[0]).distinct();
    }

    /** The dataset as a sample: weights as given, values {@code a/b} evaluated in double arithmetic. */
    public static WeightedSample sample(String dataset) {
        List<String[]> rows = rows(dataset);
        double[] values = new double[rows.size()];
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            weights[i] = Double.parseDouble(rows.get(i)[3]);
            values[i] = parseValue(rows.get(i)[4]);
        }
        return WeightedSample.of(values, weights);
    }

    /** The group label of every unit of the dataset. */
    public static String[] groups(String dataset) {
        return rows(dataset).stream().map(row -> row[2]).toArray(String[]::new);
    }

    /** The unit (school) name of every unit of the dataset. */
    public static String[] units(String dataset) {
        return rows(dataset).stream().map(row -> row[1]).toArray(String[]::new);
    }

    /** The expected value of a measure without key (for example {@code gini}). */
    public static double expected(String dataset, String measure) {
        return expected(dataset, measure, "");
    }

    /** The expected value of a keyed measure (for example {@code group_mean} of {@code 城区}). */
    public static double expected(String dataset, String measure, String key) {
        Double value = EXPECTED.get(dataset + "|" + measure + "|" + key);
        if (value == null) {
            throw new IllegalArgumentException("no expected value for " + dataset + " " + measure + " " + key
                    + "\nMaybe rerun reference_values.py after adding it there.");
        }
        return value;
    }

    /** The tolerance for comparing with a script value: {@link #TOLERANCE} times {@code max(1, |expected|)}. */
    public static Offset<Double> tolerance(double expected) {
        return within(TOLERANCE * Math.max(1.0, Math.abs(expected)));
    }

    private static List<String[]> rows(String dataset) {
        List<String[]> rows =
                DATASET_ROWS.stream().filter(row -> row[0].equals(dataset)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("unknown reference dataset " + dataset);
        }
        return rows;
    }

    private static double parseValue(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(text);
        }
        return Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }

    private static Map<String, Double> expectedByKey(List<String[]> rows) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String[] row : rows) {
            expected.put(row[0] + "|" + row[1] + "|" + row[2], Double.parseDouble(row[3]));
        }
        return expected;
    }

    // The fixtures are plain CSV written by Python's csv module: no quoted fields, first line is the header.
    private static List<String[]> read(String resource) {
        try (InputStream in = Objects.requireNonNull(ReferenceValues.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
