/**
 * Gap analysis: what each school lacks to meet the standard (in teachers, m², yuan, rooms), the county totals,
 * urban/town/rural comparisons, Theil decompositions and the schools that drive each CV.
 */
@NullMarked
package org.edubalance.core.gap;

import org.jspecify.annotations.NullMarked;
