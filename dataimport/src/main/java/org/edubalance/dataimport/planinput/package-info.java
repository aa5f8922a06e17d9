/**
 * What the planners' input files share: one reader of a row's cells ({@link
 * org.edubalance.dataimport.planinput.PlanningFileCells}) for the admission and quota files and the teacher roster,
 * so a year, a code, a count, a decimal or a position is read and refused the same way in each.
 */
@NullMarked
package org.edubalance.dataimport.planinput;

import org.jspecify.annotations.NullMarked;
