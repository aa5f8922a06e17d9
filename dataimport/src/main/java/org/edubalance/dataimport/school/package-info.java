/** The school-year data file (docs/data-formats.md §1): its columns, the row rules, the importer and a CSV writer. */
@NullMarked
package org.edubalance.dataimport.school;

import org.jspecify.annotations.NullMarked;
