/** Inequality measures (差异系数, Gini, Theil) with their decompositions and leave-one-out contributions. */
@NullMarked
package org.edubalance.statistics.inequality;

import org.jspecify.annotations.NullMarked;
