/**
 * Importers of an admission round's files (docs/data-formats.md, docs/planning/admission.md §1): {@code seats.csv},
 * {@code zones.csv} and {@code applicants.csv}, each checked cell by cell and against the school data and each
 * other, every problem located by file, row, column, value and rule.
 */
@NullMarked
package org.edubalance.dataimport.admission;

import org.jspecify.annotations.NullMarked;
