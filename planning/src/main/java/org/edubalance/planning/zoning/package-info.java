/**
 * The zoning planner (学区划分, docs/planning/zoning.md §5–§7): a partition of a county's blocks into contiguous
 * attendance zones, one per school, within the seats in every horizon year and least student-kilometres, with a proven
 * lower bound; the exact model with contiguity cuts on HiGHS, a search planner that keeps every zone connected, the
 * independent checker, the result document and the comparison of the current zones with a proposal.
 */
@NullMarked
package org.edubalance.planning.zoning;

import org.jspecify.annotations.NullMarked;
