/** The rotation planner's benchmark: seeded instances, our solve, and the model in MPS for an outside solver. */
@NullMarked
package org.edubalance.benchmark.rotation;

import org.jspecify.annotations.NullMarked;
