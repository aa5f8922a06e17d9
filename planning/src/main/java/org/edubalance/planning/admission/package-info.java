/**
 * Admission to grade 1 and grade 7 (docs/planning/admission.md): priority classes, preference lists, ranking by class
 * and lottery number, applicant-proposing deferred acceptance, an independent checker, the result document and the
 * explanation a parent asks for.
 */
@NullMarked
package org.edubalance.planning.admission;

import org.jspecify.annotations.NullMarked;
