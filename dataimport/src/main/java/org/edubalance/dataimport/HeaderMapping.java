package org.edubalance.dataimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where each column of a contract sits in a file's header row.
 *
 * <p>A header matches a column when, after normalisation (NFKC, so full-width brackets and ㎡ become ASCII; white space
 * removed; lower case), it equals the column's id or one of its Chinese labels. A trailing unit in brackets is
 * ignored when it is one of 元, 平方米, m2, 个, 人, 台, 册, 间, 名; for money columns, {@code _wanyuan} in place of
 * {@code _yuan}, or (万元), marks values in units of 10,000 yuan. Reading the header reports {@link
 * ImportIssueCode#IMP_001} for each required column missing, {@link ImportIssueCode#IMP_002} for a column given twice
 * and the warning {@link ImportIssueCode#IMP_W01} for each header that is no column; blank headers are ignored.
 *
 * @param <C> the contract's column enum
 */
public final class HeaderMapping<C extends Enum<C> & ImportColumn> {
    private static final Set<String> IGNORED_UNITS = Set.of("元", "平方米", "m2", "个", "人", "台", "册", "间", "名");
    private static final String WANYUAN = "万元";
    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private final C[] columns;
    private final int[] indexByOrdinal;
    private final String[] headerByOrdinal;
    private final boolean[] wanyuanByOrdinal;
    private final List<String> unknownHeaders = new ArrayList<>();

    private HeaderMapping(C[] columns) {
        this.columns = columns;
        this.indexByOrdinal = new int[columns.length];
        this.headerByOrdinal = new String[columns.length];
        this.wanyuanByOrdinal = new boolean[columns.length];
        Arrays.fill(indexByOrdinal, -1);
    }

    /**
     * Maps {@code headers} (the header row's cells, as written) to the columns of {@code type}, adding header issues
     * to {@code issues}; the header is row 1 of {@code source}.
     */
    public static <C extends Enum<C> & ImportColumn> HeaderMapping<C> read(
            List<String> headers, Class<C> type, ImportSource source, ImportReport.Builder issues) {
        var mapping = new HeaderMapping<>(type.getEnumConstants());
        var labels = new Labels<>(mapping.columns);
        List<String> unknown = mapping.unknownHeaders;
        for (int index = 0; index < headers.size(); index++) {
            String header = headers.get(index);
            if (header.isBlank()) {
                continue;
            }
            Match<C> match = labels.match(header);
            if (match == null) {
                unknown.add(header);
                issues.add(source.issue(1, header, header, ImportIssueCode.IMP_W01, unknownMessage(header, labels)));
            } else {
                mapping.place(match, index, header, source, issues);
            }
        }
        mapping.reportMissing(unknown, labels, source, issues);
        return mapping;
    }

    private void place(Match<C> match, int index, String header, ImportSource source, ImportReport.Builder issues) {
        int ordinal = match.column().ordinal();
        if (indexByOrdinal[ordinal] >= 0) {
            issues.add(source.issue(
                    1,
                    header,
                    header,
                    ImportIssueCode.IMP_002,
                    "'" + header + "' and '" + headerByOrdinal[ordinal] + "' both give column '"
                            + match.column().id() + "'. Maybe delete one of the two columns."));
            return;
        }
        indexByOrdinal[ordinal] = index;
        headerByOrdinal[ordinal] = header;
        wanyuanByOrdinal[ordinal] = match.wanyuan();
    }

    private void reportMissing(
            List<String> unknown, Labels<C> labels, ImportSource source, ImportReport.Builder issues) {
        for (C column : columns) {
            if (column.isRequired() && !has(column)) {
                issues.add(missingColumnIssue(column, source, unknown, labels));
            }
        }
    }

    /** An {@link ImportIssueCode#IMP_001} issue for {@code column}, with a hint if an unknown header looks like it. */
    public static <C extends Enum<C> & ImportColumn> ImportIssue missingColumnIssue(
            C column, ImportSource source, List<String> unknownHeaders) {
        return missingColumnIssue(
                column,
                source,
                unknownHeaders,
                new Labels<>(column.getDeclaringClass().getEnumConstants()));
    }

    private static <C extends Enum<C> & ImportColumn> ImportIssue missingColumnIssue(
            C column, ImportSource source, List<String> unknownHeaders, Labels<C> labels) {
        String hint = " Maybe add a column headed '" + column.id() + "' or '" + column.chineseLabel() + "'.";
        for (String header : unknownHeaders) {
            Match<C> near = labels.nearest(header);
            if (near != null && near.column() == column) {
                hint = " Maybe the header '" + header + "' is meant to be '" + column.id() + "'.";
            }
        }
        return source.issue(
                1,
                column.id(),
                null,
                ImportIssueCode.IMP_001,
                "Column '" + column.id() + "' (" + column.chineseLabel() + ") is required." + hint);
    }

    private static <C extends Enum<C> & ImportColumn> String unknownMessage(String header, Labels<C> labels) {
        Match<C> near = labels.nearest(header);
        String hint = near == null
                ? " Maybe it is a column of another file; headers are the English ids or Chinese labels of"
                        + " docs/data-formats.md."
                : " Maybe '" + near.column().id() + "' is meant.";
        return "'" + header + "' is not a known column and is ignored." + hint;
    }

    /** The non-blank headers that matched no column, as written. */
    public List<String> unknownHeaders() {
        return List.copyOf(unknownHeaders);
    }

    /** Whether the header holds {@code column}. */
    public boolean has(C column) {
        return indexByOrdinal[column.ordinal()] >= 0;
    }

    /** The 0-based cell index of {@code column}, or -1 when the header lacks it. */
    public int index(C column) {
        return indexByOrdinal[column.ordinal()];
    }

    /** The header of {@code column} as written in the file, or its English id when the header lacks it. */
    public String header(C column) {
        String header = headerByOrdinal[column.ordinal()];
        return header == null ? column.id() : header;
    }

    /** Whether {@code column}'s header marks its values as 万元 (10,000 yuan). */
    public boolean isInWanyuan(C column) {
        return wanyuanByOrdinal[column.ordinal()];
    }

    /** {@code header} as matched: NFKC, no white space, lower case. */
    public static String normalize(String header) {
        String normal = Normalizer.normalize(header, Normalizer.Form.NFKC);
        var text = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u200B') {
                text.append(Character.toLowerCase(c));
            }
        }
        return text.toString();
    }

    private record Match<C>(C column, boolean wanyuan) {}

    /** Every accepted spelling of every column, normalised. */
    private static final class Labels<C extends Enum<C> & ImportColumn> {
        private final Map<String, C> columnByLabel = new HashMap<>();

        Labels(C[] columns) {
            for (C column : columns) {
                register(column.id(), column);
                column.chineseLabels().forEach(label -> register(label, column));
            }
        }

        private void register(String label, C column) {
            String key = normalize(label);
            columnByLabel.put(key, column);
            String base = withoutUnit(key);
            if (base != null) {
                columnByLabel.putIfAbsent(base, column);
            }
        }

        @Nullable
        Match<C> match(String header) {
            String key = normalize(header);
            C exact = columnByLabel.get(key);
            if (exact != null) {
                return new Match<>(exact, false);
            }
            if (key.endsWith("_wanyuan")) {
                C money = columnByLabel.get(key.substring(0, key.length() - "_wanyuan".length()) + "_yuan");
                return money != null && money.isMoney() ? new Match<>(money, true) : null;
            }
            String base = withoutUnit(key);
            if (base == null) {
                return null;
            }
            C column = columnByLabel.get(base);
            if (column == null) {
                return null;
            }
            if (key.endsWith("(" + WANYUAN + ")")) {
                return column.isMoney() ? new Match<>(column, true) : null;
            }
            return new Match<>(column, false);
        }

        /** The column whose id or label is within a small edit distance of {@code header}, if any. */
        @Nullable
        Match<C> nearest(String header) {
            String key = normalize(header);
            C best = null;
            int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
            for (var entry : columnByLabel.entrySet()) {
                int limit = Math.min(MAX_SUGGESTION_DISTANCE, entry.getKey().length() / 4);
                int distance = editDistance(key, entry.getKey());
                if (distance <= limit && distance < bestDistance) {
                    best = entry.getValue();
                    bestDistance = distance;
                }
            }
            return best == null ? null : new Match<>(best, false);
        }

        /** {@code key} without a trailing "(unit)", when the unit is one we ignore or 万元; else {@code null}. */
        private static @Nullable String withoutUnit(String key) {
            int open = key.lastIndexOf('(');
            if (open <= 0 || !key.endsWith(")")) {
                return null;
            }
            String unit = key.substring(open + 1, key.length() - 1);
            return IGNORED_UNITS.contains(unit) || unit.equals(WANYUAN) ? key.substring(0, open) : null;
        }

        /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
        private static int editDistance(String a, String b) {
            if (Math.abs(a.length() - b.length()) > MAX_SUGGESTION_DISTANCE) {
                return Integer.MAX_VALUE;
            }
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= b.length(); j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                    }
                }
            }
            return d[a.length()][b.length()];
        }
    }
}
