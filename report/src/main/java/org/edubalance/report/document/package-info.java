/**
 * A format-neutral document model for narrative reports (the self-evaluation report): a cover, headings,
 * paragraphs, notices, tables of {@link org.edubalance.report.model.ReportCell}s and charts given as data, which a
 * renderer lays out in its format.
 */
@NullMarked
package org.edubalance.report.document;

import org.jspecify.annotations.NullMarked;
