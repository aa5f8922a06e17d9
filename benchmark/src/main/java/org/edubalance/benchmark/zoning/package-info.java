/**
 * The zoning benchmark (issue 12): seeded synthetic areas of a county's and a city's size, the textbook exact model
 * of the zoning problem for the outside peer (HiGHS on its MPS), and the run that prints our planner's figures beside
 * it ({@code benchmark/scripts/zoning_vs_highs.py}).
 */
@NullMarked
package org.edubalance.benchmark.zoning;

import org.jspecify.annotations.NullMarked;
