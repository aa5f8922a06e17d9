/** Imported files and their provenance (who brought which file, when, with which checksum). */
@NullMarked
package org.edubalance.core.dataset;

import org.jspecify.annotations.NullMarked;
