/**
 * Admission to grade 1 and grade 7 (划片就近入学、多校划片派位、公民同招) as the bureau describes a round: the seats each
 * school offers, the attendance zones, the registered children and the county's admission policy
 * (docs/planning/admission.md). Plain values; the mechanism lives in the planning module.
 */
@NullMarked
package org.edubalance.core.admission;

import org.jspecify.annotations.NullMarked;
