package org.edubalance.core.investment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a plan may buy, in file order (the costs file, docs/planning/investment.md §2).
 *
 * @param actions every action; names are unique
 */
public record CostTable(List<InvestmentAction> actions) {
    public CostTable {
        actions = List.copyOf(actions);
        for (int i = 0; i < actions.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (actions.get(i).name().equals(actions.get(j).name())) {
                    throw new IllegalArgumentException(
                            "Action " + actions.get(i).name() + " is listed twice");
                }
            }
        }
    }

    /** The actions that raise each indicator kind (a kind without one is absent). */
    public Map<InvestmentKind, List<InvestmentAction>> byKind() {
        Map<InvestmentKind, List<InvestmentAction>> map = new EnumMap<>(InvestmentKind.class);
        for (InvestmentAction a : actions) {
            map.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** The action named {@code name}. */
    public Optional<InvestmentAction> action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
