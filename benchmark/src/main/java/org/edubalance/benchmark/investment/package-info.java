/** The investment planner against HiGHS on the same model (benchmark/scripts/investment_vs_highs.py). */
@NullMarked
package org.edubalance.benchmark.investment;

import org.jspecify.annotations.NullMarked;
