/**
 * The teacher-rotation (交流轮岗) page: a county's policy, planning runs as stored background jobs, the plan's moves,
 * map and before/after CVs, locks and re-solve, approval and the workbook export.
 */
@NullMarked
package org.edubalance.app.rotation;

import org.jspecify.annotations.NullMarked;
