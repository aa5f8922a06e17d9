/**
 * Strong–weak pairing (强校带弱校、城乡结对), the values the planner works on (docs/planning/pairing.md): the policy,
 * the strength of a school segment and why a mentee stays unpaired.
 */
@NullMarked
package org.edubalance.core.pairing;

import org.jspecify.annotations.NullMarked;
