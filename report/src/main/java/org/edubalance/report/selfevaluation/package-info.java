/**
 * Builders of the county self-evaluation report (自评报告): from an evaluation, its gap analysis, the county inputs
 * and the data's provenance to a {@link org.edubalance.report.document.ReportDocument}, in Chinese or English.
 */
@NullMarked
package org.edubalance.report.selfevaluation;

import org.jspecify.annotations.NullMarked;
