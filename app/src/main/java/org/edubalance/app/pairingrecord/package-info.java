/**
 * Pairings (结对帮扶) and school groups (集团化办学) on the platform (docs/planning/pairing-records.md): the county page
 * with its create, end and import forms, a pairing's page with its agreement and activity log, the follow-up table and
 * chart, the API under {@code /api/v1/counties/{code}/pairings}, and the demo's pairings.
 */
@NullMarked
package org.edubalance.app.pairingrecord;

import org.jspecify.annotations.NullMarked;
