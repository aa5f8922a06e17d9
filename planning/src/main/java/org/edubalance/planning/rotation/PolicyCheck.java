package org.edubalance.planning.rotation;

/**
 * One rule of the policy checked against a plan.
 *
 * @param rule the rule in words, e.g. "movers ≥ 10 % of eligible teachers"
 * @param required the figure the rule requires, e.g. "≥ 53"
 * @param actual the plan's figure, e.g. "61"
 * @param passed whether the plan meets the rule
 */
public record PolicyCheck(String rule, String required, String actual, boolean passed) {}
