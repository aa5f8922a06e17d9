package org.edubalance.dataimport.school;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportSource;

/**
 * Warns ({@link ImportIssueCode#IMP_W03}) about a school whose teaching-and-ancillary area or sports-ground area per
 * student is more than 20 times the median of its county and year. Students are all the school's students, senior
 * included (the areas are whole-school); schools without students are left out of the median. A median of 0 warns
 * about nothing.
 *
 * <p>Groups are checked in (year, county code) order, and in each group the first area's warnings come before the
 * second's, each in file order: the order the warnings are added in, which decides the ones a capped report lists.
 */
final class AreaOutlierCheck {
    static final double FACTOR = 20;
    private static final int INDEX_BITS = 24;

    private final ImportSource source;
    private final HeaderMapping<SchoolColumn> header;

    AreaOutlierCheck(ImportSource source, HeaderMapping<SchoolColumn> header) {
        this.source = source;
        this.header = header;
    }

    /** Checks {@code schools}, whose file rows are {@code rows} (same order), handing each warning to {@code issues}. */
    void check(List<SchoolYear> schools, long[] rows, Consumer<ImportIssue> issues) {
        if (schools.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("Too many schools to check: " + schools.size());
        }
        // Sort school indices by (year, county) packed above the index, then walk each run of equal keys.
        long[] keyed = new long[schools.size()];
        SchoolYear previous = null;
        long previousKey = 0;
        for (int i = 0; i < keyed.length; i++) {
            SchoolYear school = schools.get(i);
            // Rows of a county come together and share one County instance: parse its code once.
            if (previous == null || school.county() != previous.county() || school.year() != previous.year()) {
                previousKey = groupKey(school);
                previous = school;
            }
            keyed[i] = (previousKey << INDEX_BITS) | i;
        }
        Arrays.sort(keyed);
        int start = 0;
        while (start < keyed.length) {
            int end = start + 1;
            while (end < keyed.length && keyed[end] >>> INDEX_BITS == keyed[start] >>> INDEX_BITS) {
                end++;
            }
            int[] group = new int[end - start];
            for (int i = start; i < end; i++) {
                group[i - start] = (int) (keyed[i] & ((1 << INDEX_BITS) - 1));
            }
            Arrays.sort(group);
            check(
                    schools,
                    rows,
                    group,
                    SchoolColumn.TEACHING_AUX_AREA_M2,
                    s -> s.assets().teachingAuxAreaM2(),
                    issues);
            check(
                    schools,
                    rows,
                    group,
                    SchoolColumn.SPORTS_GROUND_AREA_M2,
                    s -> s.assets().sportsGroundAreaM2(),
                    issues);
            start = end;
        }
    }

    /** The key of a school's group: its year and county code as one number, ordered as the groups are checked. */
    static long groupKey(SchoolYear school) {
        return school.year() * 1_000_000L
                + Integer.parseInt(school.county().code().value());
    }

    private void check(
            List<SchoolYear> schools,
            long[] rows,
            int[] group,
            SchoolColumn column,
            ToDoubleFunction<SchoolYear> area,
            Consumer<ImportIssue> issues) {
        double[] perStudent = new double[group.length];
        int count = 0;
        for (int index : group) {
            SchoolYear school = schools.get(index);
            int students = students(school);
            if (students > 0) {
                perStudent[count++] = area.applyAsDouble(school) / students;
            }
        }
        double median = median(Arrays.copyOf(perStudent, count));
        if (!(median > 0)) {
            return;
        }
        for (int index : group) {
            SchoolYear school = schools.get(index);
            int students = students(school);
            double value = students > 0 ? area.applyAsDouble(school) / students : 0;
            if (value > FACTOR * median) {
                issues.accept(source.issue(
                        rows[index],
                        header.header(column),
                        NumberCell.format(area.applyAsDouble(school)),
                        ImportIssueCode.IMP_W03,
                        String.format(
                                Locale.ROOT,
                                "%.1f m² per student is more than %.0f times the median of county %s in %d (%.2f m²)."
                                        + " Maybe the area is in the wrong unit or the students are incomplete.",
                                value,
                                FACTOR,
                                school.county().code(),
                                school.year(),
                                median)));
            }
        }
    }

    private static int students(SchoolYear school) {
        return school.compulsoryStudents() + school.seniorStudents();
    }

    /** The median of {@code values} (mean of the middle two for an even count); NaN when empty. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
