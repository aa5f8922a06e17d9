/** The pairing planner against networkx's min-cost flow on the same seeded instances (docs/planning/pairing.md). */
@NullMarked
package org.edubalance.benchmark.pairing;

import org.jspecify.annotations.NullMarked;
