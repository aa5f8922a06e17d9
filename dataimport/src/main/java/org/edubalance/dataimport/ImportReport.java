package org.edubalance.dataimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The errors and warnings of one import. A report with errors means nothing was imported.
 *
 * <p>To keep memory bounded on large files, a report lists at most a cap of errors (1,000 by default) and of
 * warnings; past the cap it counts them. When errors were left out, the last listed error is an {@link
 * ImportIssueCode#IMP_099} issue saying how many.
 */
public final class ImportReport {
    /** How many errors, and how many warnings, a report lists by default. */
    public static final int DEFAULT_CAP = 1_000;

    private static final Comparator<ImportIssue> BY_ROW = Comparator.comparingLong(ImportIssue::row);
    private static final ImportReport EMPTY = new ImportReport(List.of(), List.of(), 0, 0);

    private final List<ImportIssue> errors;
    private final List<ImportIssue> warnings;
    private final long errorCount;
    private final long warningCount;

    private ImportReport(List<ImportIssue> errors, List<ImportIssue> warnings, long errorCount, long warningCount) {
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.errorCount = errorCount;
        this.warningCount = warningCount;
    }

    /** A report without issues. */
    public static ImportReport empty() {
        return EMPTY;
    }

    /** A report of {@code issues}, sorted into errors and warnings, none left out. */
    public static ImportReport of(List<ImportIssue> issues) {
        var builder = new Builder(Integer.MAX_VALUE);
        issues.forEach(builder::add);
        return builder.build();
    }

    /** A builder that lists up to {@link #DEFAULT_CAP} errors and warnings. */
    public static Builder builder() {
        return new Builder(DEFAULT_CAP);
    }

    /** A builder that lists up to {@code cap} errors and {@code cap} warnings. */
    public static Builder builder(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A report lists at least one issue, got cap " + cap);
        }
        return new Builder(cap);
    }

    /** The errors listed, by row (file-level issues first; issues of one row in the order found). */
    public List<ImportIssue> errors() {
        return errors;
    }

    /** The warnings listed, by row. */
    public List<ImportIssue> warnings() {
        return warnings;
    }

    /** Errors then warnings. */
    public List<ImportIssue> issues() {
        return Stream.concat(errors.stream(), warnings.stream()).toList();
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** All errors found, listed or not. */
    public long errorCount() {
        return errorCount;
    }

    /** All warnings found, listed or not. */
    public long warningCount() {
        return warningCount;
    }

    /** E.g. "3 errors, 1 warning". */
    public String summary() {
        return plural(errorCount, "error") + ", " + plural(warningCount, "warning");
    }

    /**
     * The report as the CLI prints it to stderr: one {@link ImportIssue#format() line} per listed issue, errors first,
     * then a line for warnings left out, if any. Empty when there are no issues.
     */
    public String format() {
        var text = new StringBuilder();
        for (ImportIssue issue : issues()) {
            text.append(issue.format()).append('\n');
        }
        long omittedWarnings = warningCount - warnings.size();
        if (omittedWarnings > 0) {
            text.append("… ").append(plural(omittedWarnings, "more warning")).append(" not listed\n");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ImportReport[" + summary() + "]";
    }

    static String plural(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    /** Collects issues while a file is read; not thread-safe. */
    public static final class Builder {
        private final int cap;
        private final List<ImportIssue> errors = new ArrayList<>();
        private final List<ImportIssue> warnings = new ArrayList<>();
        private long errorCount;
        private long warningCount;

        private Builder(int cap) {
            this.cap = cap;
        }

        /** Adds an issue; past the cap it is only counted. */
        public Builder add(ImportIssue issue) {
            if (issue.isWarning()) {
                warningCount++;
                if (warnings.size() < cap) {
                    warnings.add(issue);
                }
            } else {
                errorCount++;
                if (errors.size() < cap) {
                    errors.add(issue);
                }
            }
            return this;
        }

        /** Adds every issue of {@code report}, errors and warnings, listed ones only. */
        public Builder addAll(ImportReport report) {
            report.issues().forEach(this::add);
            return this;
        }

        /**
         * Adds what {@code other} collected, listed issues and the count of those it left out, as if they had been
         * added here in order (used to join the reports of a file's parts).
         */
        public Builder addAll(Builder other) {
            return addAll(other, 0);
        }

        /**
         * As {@link #addAll(Builder)}, with the rows of {@code other}'s issues moved down by {@code rowOffset}: a part
         * of a file read on its own numbers its rows from 1. Issues of the header ({@link ImportIssueCode#IMP_001}) keep
         * their row.
         */
        public Builder addAll(Builder other, long rowOffset) {
            for (ImportIssue issue : other.errors) {
                add(moved(issue, rowOffset));
            }
            for (ImportIssue issue : other.warnings) {
                add(moved(issue, rowOffset));
            }
            errorCount += other.errorCount - other.errors.size();
            warningCount += other.warningCount - other.warnings.size();
            return this;
        }

        private static ImportIssue moved(ImportIssue issue, long rowOffset) {
            if (rowOffset == 0 || issue.code() == ImportIssueCode.IMP_001) {
                return issue;
            }
            return new ImportIssue(
                    issue.file(),
                    issue.sheet(),
                    issue.row() + rowOffset,
                    issue.column(),
                    issue.value(),
                    issue.code(),
                    issue.message());
        }

        public boolean hasErrors() {
            return errorCount > 0;
        }

        /** All errors added so far, listed or not. */
        public long errorCount() {
            return errorCount;
        }

        /** The report; when errors were left out, an {@link ImportIssueCode#IMP_099} issue closes the error list. */
        public ImportReport build() {
            List<ImportIssue> listed = new ArrayList<>(errors);
            listed.sort(BY_ROW);
            List<ImportIssue> sortedWarnings = new ArrayList<>(warnings);
            sortedWarnings.sort(BY_ROW);
            long omitted = errorCount - errors.size();
            if (omitted > 0) {
                ImportIssue last = errors.getLast();
                listed.add(new ImportIssue(
                        last.file(),
                        last.sheet(),
                        0,
                        null,
                        null,
                        ImportIssueCode.IMP_099,
                        plural(omitted, "more error") + " not listed (the report lists the first "
                                + String.format(Locale.ROOT, "%,d", cap) + "). Maybe fix these and import again."));
            }
            return new ImportReport(listed, sortedWarnings, errorCount, warningCount);
        }
    }
}
