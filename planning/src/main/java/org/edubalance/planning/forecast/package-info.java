/**
 * The seat-demand forecast (学位预警, docs/planning/zoning.md §4): per attendance zone, the entrants of its blocks in each
 * of the next years against the seats of its schools, shortfalls flagged. No solver: a sum per zone and year.
 */
@NullMarked
package org.edubalance.planning.forecast;

import org.jspecify.annotations.NullMarked;
