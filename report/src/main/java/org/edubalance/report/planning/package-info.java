/** Report models of the plans: the rotation list a bureau signs off, with its before/after and policy checks. */
@NullMarked
package org.edubalance.report.planning;

import org.jspecify.annotations.NullMarked;
