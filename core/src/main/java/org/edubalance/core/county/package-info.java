/**
 * County-level inputs that do not come from school rows (pay comparison, survey results, monitoring, flags),
 * each with its provenance, read from the county-inputs file.
 */
@NullMarked
package org.edubalance.core.county;

import org.jspecify.annotations.NullMarked;
