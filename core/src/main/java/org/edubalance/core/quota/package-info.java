/**
 * High-school quota seats (指标到校) and the entrance-exam admission (中考录取): the high schools with their seats and
 * quota shares, the candidates with their scores and choices, and the policy that apportions the quota seats among the
 * junior highs (docs/planning/quota.md).
 */
@NullMarked
package org.edubalance.core.quota;

import org.jspecify.annotations.NullMarked;
