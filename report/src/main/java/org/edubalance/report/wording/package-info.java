/**
 * The words for the evaluation's findings ({@link org.edubalance.core.evaluation.Finding}): one bundle per language
 * that the reports, the pages and the CLI all word findings from, so the same fact reads the same everywhere.
 */
@NullMarked
package org.edubalance.report.wording;

import org.jspecify.annotations.NullMarked;
