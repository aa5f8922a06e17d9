/**
 * Attendance zones (学区划分) and the seat-demand forecast (学位预警) as the bureau describes them: residential blocks with
 * their children by age, which blocks touch, the schools to zone, the zoning policy and the entrants each block sends
 * in a year (docs/planning/zoning.md). Plain values and pure functions; the forecast and the zoning planner live in
 * the planning module.
 */
@NullMarked
package org.edubalance.core.zoning;

import org.jspecify.annotations.NullMarked;
