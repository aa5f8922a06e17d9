/**
 * Teacher exchange (交流轮岗): the problem built from the roster, school data and policy; the exact model (OR-Tools
 * MPSolver with HiGHS, docs/planning-methods.md §2.3); the plan; and an independent checker that re-verifies every rule and
 * recomputes the CVs from the raw plan.
 */
@NullMarked
package org.edubalance.planning.rotation;

import org.jspecify.annotations.NullMarked;
