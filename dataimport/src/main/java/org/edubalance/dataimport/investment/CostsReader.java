package org.edubalance.dataimport.investment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.TableRow;

/**
 * Reads a costs file ({@code action, indicator, unit, unit_cost_yuan, step, source}). Every refusal names the file,
 * the row (the header is row 1), the column, the value and the rule broken, so the bureau can fix its copy; a refused
 * file is an {@link InvalidPolicyException} (the command line's bad-input exit).
 */
public final class CostsReader {
    /** The columns, in the shipped file's order (any order is accepted). */
    public static final List<String> COLUMNS =
            List.of("action", "indicator", "unit", "unit_cost_yuan", "step", "source");

    private static final String SHIPPED = "/org/edubalance/dataimport/investment/costs.csv";

    private CostsReader() {}

    /** The shipped default costs. */
    public static CostTable shipped() {
        try (InputStream in = Objects.requireNonNull(CostsReader.class.getResourceAsStream(SHIPPED), SHIPPED)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "costs.csv (shipped)");
        } catch (IOException e) {
            throw new IllegalStateException("The shipped costs file cannot be read", e);
        }
    }

    /** The costs of {@code file}. */
    public static CostTable read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new InvalidPolicyException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** The costs of the CSV text of {@code reader}, naming it {@code fileName} in refusals. */
    public static CostTable read(Reader reader, String fileName) throws IOException {
        try (CsvTableReader csv = CsvTableReader.of(reader, fileName)) {
            TableRow header = csv.nextRow();
            if (header == null) {
                throw new CostsRefusedException(
                        fileName + ": the file is empty; expected the header " + COLUMNS + ".",
                        CostsRefusedException.Rule.EMPTY,
                        0,
                        null,
                        null);
            }
            int[] index = new int[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                index[c] = -1;
                for (int i = 0; i < header.size(); i++) {
                    if (header.cell(i).strip().replace("\uFEFF", "").equalsIgnoreCase(COLUMNS.get(c))) {
                        index[c] = i;
                    }
                }
                if (index[c] < 0 && c < 5) {
                    throw new CostsRefusedException(
                            fileName + ", row 1: the column " + COLUMNS.get(c) + " is missing; the header is " + COLUMNS
                                    + ".",
                            CostsRefusedException.Rule.MISSING_COLUMN,
                            1,
                            COLUMNS.get(c),
                            null);
                }
            }
            List<InvestmentAction> actions = new ArrayList<>();
            for (TableRow row = csv.nextRow(); row != null; row = csv.nextRow()) {
                if (!row.isBlank()) {
                    InvestmentAction action = new RowParser(fileName, row, index).action();
                    for (InvestmentAction earlier : actions) {
                        if (earlier.name().equals(action.name())) {
                            throw RowParser.refused(
                                    fileName,
                                    row.number(),
                                    "action",
                                    action.name(),
                                    CostsRefusedException.Rule.TWICE,
                                    "an action is listed once; this name is listed on an earlier row");
                        }
                    }
                    actions.add(action);
                }
            }
            return new CostTable(actions);
        }
    }

    /** One row's cells, each checked against its rule. */
    private record RowParser(String file, TableRow row, int[] index) {
        InvestmentAction action() {
            String name = cell(0);
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw refused(
                        "action",
                        name,
                        CostsRefusedException.Rule.ACTION_NAME,
                        "an action name is lower-case letters, digits and _ (e.g. build_library)");
            }
            String indicator = cell(1);
            InvestmentKind kind = InvestmentKind.ofIndicator(indicator)
                    .orElseThrow(() -> refused(
                            "indicator",
                            indicator,
                            CostsRefusedException.Rule.INDICATOR,
                            "an indicator is one of the 2017 indicators " + indicatorIds()));
            Optional<InvestmentKind> named = java.util.Arrays.stream(InvestmentKind.values())
                    .filter(k -> k.defaultAction().equals(name))
                    .findFirst();
            if (named.isPresent() && named.get() != kind) {
                throw refused(
                        "indicator",
                        indicator,
                        CostsRefusedException.Rule.DEFAULT_ACTION,
                        "the default action " + name + " raises " + named.get().indicatorId());
            }
            String unitCost = cell(3);
            double cost = number("unit_cost_yuan", unitCost);
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw refused(
                        "unit_cost_yuan",
                        unitCost,
                        CostsRefusedException.Rule.COST,
                        "a cost is a number of yuan, 0 or more");
            }
            String stepText = cell(4);
            double step = number("step", stepText);
            if (!(step > 0) || step != Math.rint(step) || step > 1e12) {
                throw refused("step", stepText, CostsRefusedException.Rule.STEP, "a step is a whole number above 0");
            }
            return new InvestmentAction(name, kind, cell(2), cost, (long) step, index[5] < 0 ? "" : cell(5));
        }

        private String cell(int column) {
            int i = index[column];
            return i < row.size() ? row.cell(i).strip() : "";
        }

        private double number(String column, String text) {
            if (text.isEmpty()) {
                throw refused(column, text, CostsRefusedException.Rule.REQUIRED, "the value is required");
            }
            try {
                return Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                throw refused(column, text, CostsRefusedException.Rule.NUMBER, "the value is a number");
            }
        }

        private CostsRefusedException refused(
                String column, String value, CostsRefusedException.Rule rule, String wording) {
            return refused(file, row.number(), column, value, rule, wording);
        }

        static CostsRefusedException refused(
                String file, long row, String column, String value, CostsRefusedException.Rule rule, String wording) {
            return new CostsRefusedException(
                    String.format(
                            Locale.ROOT, "%s, row %d, column %s, value \"%s\": %s.", file, row, column, value, wording),
                    rule,
                    row,
                    column,
                    value);
        }

        private static List<String> indicatorIds() {
            return java.util.Arrays.stream(InvestmentKind.values())
                    .map(InvestmentKind::indicatorId)
                    .toList();
        }
    }
}
