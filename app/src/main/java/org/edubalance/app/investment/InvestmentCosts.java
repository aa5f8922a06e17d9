package org.edubalance.app.investment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The costs a county's page plans with: the shipped file, or a bureau's file or edited table, kept in the session as
 * costs-file text and read by {@link CostsReader} alone, so a refusal is the reader's (file, row, column, value and
 * rule), worded here in the page's language.
 */
@Component
final class InvestmentCosts {
    /** The name refusals give the costs text. */
    static final String FILE_NAME = "costs.csv";
    /** The largest costs file read: the shipped one is under 2 KB. */
    static final int MAX_BYTES = 16 * 1024;

    private static final Pattern LOCATED =
            Pattern.compile("^.*?, row (\\d+), column ([a-z_]+), value \"(.*)\": (.*?)\\.?$", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("^.*?, row 1: the column ([a-z_]+) is missing.*$");
    /** The reader's rules, by the start of their English wording, and the key that words them. */
    private static final Map<String, String> RULES = Map.of(
            "an action name is", "action",
            "an indicator is one of", "indicator",
            "the default action", "defaultAction",
            "a cost is a number", "cost",
            "a step is a whole number", "step",
            "the value is required", "required",
            "the value is a number", "number",
            "an action is listed once", "twice");

    private final MessageSource messages;

    InvestmentCosts(MessageSource messages) {
        this.messages = messages;
    }

    /** The costs of {@code csv}; throws {@link InvalidPolicyException} naming the row, column, value and rule. */
    static CostTable read(String csv) {
        try {
            return CostsReader.read(new StringReader(csv), FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code table} as costs-file text, every field quoted. */
    static String csv(CostTable table) {
        StringBuilder out = new StringBuilder(String.join(",", CostsReader.COLUMNS)).append('\n');
        for (InvestmentAction a : table.actions()) {
            List<String> cells = List.of(
                    a.name(),
                    a.kind().indicatorId(),
                    a.unit(),
                    plain(a.unitCostYuan()),
                    Long.toString(a.step()),
                    a.source());
            List<String> quoted = new ArrayList<>();
            cells.forEach(c -> quoted.add('"' + c.replace("\"", "\"\"") + '"'));
            out.append(String.join(",", quoted)).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code base} with the unit costs of {@code unitCosts} (action name → text as typed) as costs-file text; an
     * unknown action is refused, a cost that is not a number is the reader's refusal.
     */
    static String withUnitCosts(CostTable base, Map<String, String> unitCosts) {
        for (String name : unitCosts.keySet()) {
            if (base.action(name).isEmpty()) {
                throw new InvalidPolicyException(FILE_NAME + ", row 1, column action, value \"" + name
                        + "\": an action is one of the costs file's actions.");
            }
        }
        StringBuilder out = new StringBuilder(String.join(",", CostsReader.COLUMNS)).append('\n');
        for (InvestmentAction a : base.actions()) {
            String cost = unitCosts.getOrDefault(a.name(), plain(a.unitCostYuan()));
            List<String> cells =
                    List.of(a.name(), a.kind().indicatorId(), a.unit(), cost, Long.toString(a.step()), a.source());
            List<String> quoted = new ArrayList<>();
            cells.forEach(c -> quoted.add('"' + c.strip().replace("\"", "\"\"") + '"'));
            out.append(String.join(",", quoted)).append('\n');
        }
        return out.toString();
    }

    static String plain(double yuan) {
        return yuan == Math.rint(yuan) ? Long.toString((long) yuan) : Double.toString(yuan);
    }

    /** The reader's refusal {@code message} in the words of {@code locale}. */
    String word(@Nullable String message, Locale locale) {
        String text = String.valueOf(message);
        if (text.contains(": the file is empty")) {
            return messages.getMessage("investment.costs.empty", new Object[] {CostsReader.COLUMNS}, locale);
        }
        if (text.contains(": larger than ")) {
            return messages.getMessage("investment.costs.tooLarge", new Object[] {MAX_BYTES / 1024}, locale);
        }
        Matcher missing = MISSING.matcher(text);
        if (missing.matches()) {
            return messages.getMessage(
                    "investment.costs.missing", new Object[] {missing.group(1), CostsReader.COLUMNS}, locale);
        }
        Matcher m = LOCATED.matcher(text);
        if (!m.matches()) {
            return messages.getMessage("investment.costs.refused", new Object[] {text}, locale);
        }
        String rule = m.group(4);
        String key = RULES.entrySet().stream()
                .filter(e -> rule.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        String worded =
                key == null ? rule : messages.getMessage("investment.costs.rule." + key, new Object[] {rule}, locale);
        return messages.getMessage(
                "investment.costs.problem",
                new Object[] {Integer.parseInt(m.group(1)), m.group(2), m.group(3), worded},
                locale);
    }
}
