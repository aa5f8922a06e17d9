/**
 * Evaluation of a county against a rule pack: segment split, scope, per-school compliance, the county's
 * enrolment-weighted CVs, the other assessment items and the verdict.
 */
@NullMarked
package org.edubalance.core.evaluation;

import org.jspecify.annotations.NullMarked;
