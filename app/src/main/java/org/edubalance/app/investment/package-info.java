/**
 * The investment planner on the platform (docs/planning/investment.md, "On the platform"): a county's plan run as a
 * planning job of kind INVESTMENT, its result page with a what-if that re-checks edited actions with the planner's
 * independent checker, and the API.
 */
@NullMarked
package org.edubalance.app.investment;

import org.jspecify.annotations.NullMarked;
