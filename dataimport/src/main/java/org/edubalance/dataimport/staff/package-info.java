/** The teacher roster (docs/data-formats.md §4): its columns, row parser and importer, checked against the school data. */
@NullMarked
package org.edubalance.dataimport.staff;

import org.jspecify.annotations.NullMarked;
