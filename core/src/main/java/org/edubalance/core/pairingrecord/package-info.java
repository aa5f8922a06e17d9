/**
 * Strong–weak school pairings (结对帮扶) and school groups (集团化办学) as a county keeps them
 * (docs/planning/pairing-records.md): the pairing with its signed agreement, the group with its members, the
 * activity log of a pairing, the ports the persistence module implements, and the follow-up of the pairings that
 * started in one year against comparable unpaired school segments (a difference in differences).
 */
@NullMarked
package org.edubalance.core.pairingrecord;

import org.jspecify.annotations.NullMarked;
