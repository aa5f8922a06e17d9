package org.edubalance.core.standard;

import java.util.Map;
import java.util.Set;

/**
 * One testable condition of an assessment item. An item is met when all its conditions hold; a condition
 * whose input is missing makes the item incomplete, never passed.
 */
public sealed interface Condition {

    /** The county inputs the condition reads (empty for school checks). */
    Set<String> inputs();

    /** County input {@code input} ≥ {@code min} (ratios as decimals). */
    record InputAtLeast(String input, double min) implements Condition {
        @Override
        public Set<String> inputs() {
            return Set.of(input);
        }
    }

    /** County input {@code input} &lt; {@code max} (or ≤ when {@code inclusive}). */
    record InputBelow(String input, double max, boolean inclusive) implements Condition {
        @Override
        public Set<String> inputs() {
            return Set.of(input);
        }
    }

    /** County input {@code input} ≥ county input {@code reference} (e.g. teacher pay ≥ civil-servant pay). */
    record InputNotBelowInput(String input, String reference) implements Condition {
        @Override
        public Set<String> inputs() {
            return Set.of(input, reference);
        }
    }

    /** {@code numerator} ÷ {@code denominator} ≥ {@code min} (e.g. teachers rotated ÷ eligible ≥ 10 %). */
    record InputRatioAtLeast(String numerator, String denominator, double min) implements Condition {
        @Override
        public Set<String> inputs() {
            return Set.of(numerator, denominator);
        }
    }

    /** Flag input {@code input} equals {@code expected}. */
    record FlagIs(String input, boolean expected) implements Condition {
        @Override
        public Set<String> inputs() {
            return Set.of(input);
        }
    }

    /** A check computed from every in-scope school's row. */
    record SchoolCheck(SchoolCheckKind kind, Map<String, Double> parameters) implements Condition {
        public SchoolCheck {
            parameters = Map.copyOf(parameters);
        }

        public double parameter(String name) {
            Double value = parameters.get(name);
            if (value == null) {
                throw new IllegalStateException("School check " + kind + " lacks parameter " + name);
            }
            return value;
        }

        @Override
        public Set<String> inputs() {
            return Set.of();
        }
    }
}
