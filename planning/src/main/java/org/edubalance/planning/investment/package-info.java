/**
 * The investment planner (达标投入规划, docs/planning/investment.md): the least cost of actions that bring every school
 * segment to the standard's per-school rule and every county CV within its limit, or the most compliant segments
 * within a budget; with an independent checker that re-runs the evaluation on the changed figures.
 */
@NullMarked
package org.edubalance.planning.investment;

import org.jspecify.annotations.NullMarked;
