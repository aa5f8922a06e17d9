package org.edubalance.app.investment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.investment.CostsRefusedException;
import org.edubalance.dataimport.policy.InvalidPolicyException;
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

    /** The bundle key that words each rule of a located refusal. */
    private static final Map<CostsRefusedException.Rule, String> RULES = Map.of(
            CostsRefusedException.Rule.ACTION_NAME, "action",
            CostsRefusedException.Rule.INDICATOR, "indicator",
            CostsRefusedException.Rule.DEFAULT_ACTION, "defaultAction",
            CostsRefusedException.Rule.COST, "cost",
            CostsRefusedException.Rule.STEP, "step",
            CostsRefusedException.Rule.REQUIRED, "required",
            CostsRefusedException.Rule.NUMBER, "number",
            CostsRefusedException.Rule.TWICE, "twice");

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
                throw new CostsRefusedException(
                        FILE_NAME + ", row 1, column action, value \"" + name
                                + "\": an action is one of the costs file's actions.",
                        CostsRefusedException.Rule.ACTION_NAME,
                        1,
                        "action",
                        name);
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

    /** The refusal {@code e} in the words of {@code locale}, from its parts (the English message only as a fallback). */
    String word(InvalidPolicyException e, Locale locale) {
        if (!(e instanceof CostsRefusedException r)) {
            return messages.getMessage("investment.costs.refused", new Object[] {e.getMessage()}, locale);
        }
        return switch (r.rule()) {
            case EMPTY -> messages.getMessage("investment.costs.empty", new Object[] {CostsReader.COLUMNS}, locale);
            case TOO_LARGE -> messages.getMessage("investment.costs.tooLarge", new Object[] {MAX_BYTES / 1024}, locale);
            case MISSING_COLUMN ->
                messages.getMessage("investment.costs.missing", new Object[] {r.column(), CostsReader.COLUMNS}, locale);
            default ->
                messages.getMessage(
                        "investment.costs.problem",
                        new Object[] {
                            r.row(),
                            r.column(),
                            r.value(),
                            messages.getMessage("investment.costs.rule." + RULES.get(r.rule()), null, locale)
                        },
                        locale);
        };
    }
}
