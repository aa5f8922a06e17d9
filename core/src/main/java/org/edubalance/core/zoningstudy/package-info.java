/**
 * Zoning studies on the platform (docs/planning/zoning.md, "Platform"): a county's zoning files for one data year and
 * entry grade, frozen as uploaded, the runs of the zoning planner over them and the approved plan, behind the port
 * {@link org.edubalance.core.zoningstudy.ZoningStudies}.
 */
@NullMarked
package org.edubalance.core.zoningstudy;

import org.jspecify.annotations.NullMarked;
