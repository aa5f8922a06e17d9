/** Teachers of a school year (the roster, docs/data-formats.md §4) and the staffing figures derived from them. */
@NullMarked
package org.edubalance.core.staff;

import org.jspecify.annotations.NullMarked;
