/**
 * Strong–weak pairing (docs/planning/pairing.md): mentors and mentees of a county per segment, paired by an exact
 * min-cost maximum flow, and an independent checker that proves the plan optimal from its residual network.
 */
@NullMarked
package org.edubalance.planning.pairing;

import org.jspecify.annotations.NullMarked;
