package org.edubalance.planning.rotation;

import org.edubalance.planning.Reason;

/**
 * One rule of the policy checked against a plan, as facts the page, workbook and command line word.
 *
 * @param rule the rule, e.g. {@code movers-min-share} (share 10, eligible 530): "movers ≥ 10 % of the 530 eligible
 *     teachers"
 * @param required the figure the rule requires, e.g. {@code at-least} (value 53)
 * @param actual the plan's figure, e.g. {@code count} (value 61)
 * @param passed whether the plan meets the rule
 */
public record PolicyCheck(Reason rule, Reason required, Reason actual, boolean passed) {}
