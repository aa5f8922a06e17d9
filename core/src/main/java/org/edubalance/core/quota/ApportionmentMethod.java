package org.edubalance.core.quota;

/**
 * How a high school's quota seats are shared among the junior highs (docs/planning/quota.md §3): the divisor methods
 * of Sainte-Laguë (WEBSTER, divisors s + ½) and D'Hondt (divisors s + 1), or the largest remainders (HAMILTON).
 */
public enum ApportionmentMethod {
    WEBSTER,
    DHONDT,
    HAMILTON
}
