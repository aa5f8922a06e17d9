/** The pairings, their activity logs and the school groups of the counties (V018, docs/planning/pairing-records.md). */
@NullMarked
package org.edubalance.persistence.pairingrecord;

import org.jspecify.annotations.NullMarked;
