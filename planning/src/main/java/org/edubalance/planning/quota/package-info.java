/**
 * The quota seats (指标到校) and the entrance-exam admission (中考录取), docs/planning/quota.md: the apportionment of each
 * high school's quota among the junior highs in exact arithmetic, the order of candidates with the lottery as the last
 * tie-break, the quota batch, the general batch (平行志愿), cut-offs, the equity counterfactual without quotas, an
 * independent checker and the explanation of each placement. No search: every step has one result, which the
 * repository's Python verifier reproduces.
 */
@NullMarked
package org.edubalance.planning.quota;

import org.jspecify.annotations.NullMarked;
