/** Planners that turn gaps into plans a bureau can adopt; each plan carries its proven distance from the best. */
@NullMarked
package org.edubalance.planning;

import org.jspecify.annotations.NullMarked;
