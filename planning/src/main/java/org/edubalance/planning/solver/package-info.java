/**
 * The one wrapper around OR-Tools' linear and mixed-integer solvers (HiGHS) that every exact planner builds its model
 * on: it holds the solver's quirks so that the planners do not each learn them again (docs/planning/jobs.md §6).
 */
@NullMarked
package org.edubalance.planning.solver;

import org.jspecify.annotations.NullMarked;
