package org.edubalance.core.standard;

/**
 * The per-school compliance rule of the 2017 method (docs/standards.md §1.3.1): at least {@code minMet} indicators
 * meet their standard, and every indicator reaches {@code floorRatio} of its standard.
 *
 * @param minMet indicators that must meet their standard (6 of 7)
 * @param floorRatio the least ratio value ÷ standard any indicator may have (0.85)
 */
public record SchoolRule(int minMet, double floorRatio) {
    public SchoolRule {
        if (minMet < 0 || !(floorRatio >= 0 && floorRatio <= 1)) {
            throw new IllegalArgumentException("minMet ≥ 0 and 0 ≤ floorRatio ≤ 1, got " + minMet + ", " + floorRatio);
        }
    }
}
